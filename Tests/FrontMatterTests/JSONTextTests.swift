import FrontMatter
import Testing

/// `jsonText` is how `zeche inspect --json` prints front matter.
struct JSONTextTests {
    static func json(_ yaml: String, sortedKeys: Bool = false, pretty: Bool = false) throws -> String {
        try YAMLParser().parse(yaml).jsonText(sortedKeys: sortedKeys, pretty: pretty)
    }

    @Test("Values become JSON values, keys keep their order", arguments: [
        ("b: 1\na: x\n", #"{"b":1,"a":"x"}"#),
        ("- 1\n- 1.0\n- 1.5e+20\n- -0.0\n", #"[1,1.0,1.5e+20,-0.0]"#),
        ("- ~\n- yes\n- off\n", #"[null,true,false]"#),
        ("- .inf\n- -.inf\n- .nan\n", #"[".inf","-.inf",".nan"]"#),
        ("d: 2026-11-24\n", #"{"d":"2026-11-24"}"#),
        ("- 2026-11-24 09:30:00\n- 2026-11-24T09:30:00.50Z\n- 2026-11-24T09:30:00+00:00\n- 2026-11-24T09:30:00-5\n",
         #"["2026-11-24T09:30:00","2026-11-24T09:30:00.5Z","2026-11-24T09:30:00+00:00","2026-11-24T09:30:00-05:00"]"#),
        ("a: []\nb: {}\n", #"{"a":[],"b":{}}"#),
        ("2: a\ntrue: b\n~: c\n1.5: d\n2026-11-24: e\n", #"{"2":"a","true":"b","null":"c","1.5":"d","2026-11-24":"e"}"#),
        (#"s: "quote \" backslash \\ tab \t nl \n cr \r bell \a nul \0 slash / ä 😀""#,
         #"{"s":"quote \" backslash \\ tab \t nl \n cr \r bell \u0007 nul \u0000 slash / ä 😀"}"#),
        ("", "null"),
    ])
    func compact(_ yaml: String, _ expected: String) throws {
        #expect(try Self.json(yaml) == expected)
    }

    @Test("Sorted keys follow code points, like Python's sort_keys")
    func sortedKeys() throws {
        #expect(try Self.json("b: 1\nÄ: 2\nZ: 3\na: {y: 1, x: 2}\n", sortedKeys: true)
            == #"{"Z":3,"a":{"x":2,"y":1},"b":1,"Ä":2}"#)
    }

    @Test("Pretty text indents by two spaces, as json.dumps(indent=2) does")
    func pretty() throws {
        #expect(try Self.json("title: Hallo\ntags: [a, b]\nempty: []\nauthor: {name: Anna}\n", pretty: true) == """
            {
              "title": "Hallo",
              "tags": [
                "a",
                "b"
              ],
              "empty": [],
              "author": {
                "name": "Anna"
              }
            }
            """)
    }
}
