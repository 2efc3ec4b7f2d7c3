#!/usr/bin/env python3
"""Writes what PyYAML's safe_load reads from each YAML fixture, as JSON, for the Swift tests.

For every Tests/FrontMatterTests/Fixtures/yaml/NNN-name.yml this writes NNN-name.json next to
it, in the JSON form of `YAMLNode.jsonText()`:

- mappings are objects with their keys in source order; keys that are not strings are written
  as null, true, false, the number, or the date as for values;
- dates are "YYYY-MM-DD"; date-times are "YYYY-MM-DDTHH:MM:SS", then ".fraction" without
  trailing zeros, then "Z" if Z was written, "+HH:MM" for any other offset, nothing if none;
- integers are JSON integers and floats JSON floats (always with "." or an exponent);
  infinities and NaN are the strings ".inf", "-.inf" and ".nan".

safe_load cannot tell "Z" from "+00:00", so the loader here wraps PyYAML's timestamp
constructor and looks at the scalar's text; everything else is plain safe_load, which the
script checks by loading each fixture with both.

The fixtures under Fixtures/yaml-errors/ must be errors for Zeche; the script only reports
what PyYAML does with them (fails, or silently accepts, as with duplicate keys).

Usage: scripts/yaml-expectations.py          write the .json files
       scripts/yaml-expectations.py --check  only compare, exit 1 if a .json is out of date
Needs PyYAML (pip install pyyaml).
"""

import datetime
import json
import math
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "FrontMatterTests" / "Fixtures"


class ZuluDateTime(datetime.datetime):
    """A date-time whose offset was written as Z."""


class ExpectationLoader(yaml.SafeLoader):
    def construct_yaml_timestamp(self, node):
        value = super().construct_yaml_timestamp(node)
        if isinstance(value, datetime.datetime) and value.tzinfo is not None and "Z" in node.value:
            return ZuluDateTime(value.year, value.month, value.day, value.hour, value.minute,
                                value.second, value.microsecond, tzinfo=value.tzinfo)
        return value


ExpectationLoader.add_constructor("tag:yaml.org,2002:timestamp",
                                  ExpectationLoader.construct_yaml_timestamp)


def date_time_text(value):
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += ("." + "%06d" % value.microsecond).rstrip("0")
    offset = value.utcoffset()
    if offset is None:
        return text
    if isinstance(value, ZuluDateTime):
        return text + "Z"
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    return text + "%s%02d:%02d" % (sign, seconds // 3600, seconds % 3600 // 60)


def float_text(value):
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return "-.inf" if value < 0 else ".inf"
    return repr(value)


def key_text(key):
    if isinstance(key, str):
        return key
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, int):
        return str(key)
    if isinstance(key, float):
        return float_text(key)
    if isinstance(key, datetime.datetime):
        return date_time_text(key)
    if isinstance(key, datetime.date):
        return key.isoformat()
    raise TypeError("unexpected key %r" % (key,))


def to_json(value):
    if isinstance(value, dict):
        return {key_text(key): to_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, float):
        return value if math.isfinite(value) else float_text(value)
    if isinstance(value, datetime.datetime):
        return date_time_text(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise TypeError("unexpected value %r" % (value,))


def expectation(path):
    # Bytes, not read_text(): universal newlines would hide CR LF and CR from PyYAML.
    text = path.read_bytes().decode("utf-8")
    value = yaml.load(text, Loader=ExpectationLoader)
    if value != yaml.safe_load(text) and not has_nan(value):
        raise AssertionError("%s: the annotating loader disagrees with safe_load" % path.name)
    return json.dumps(to_json(value), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def has_nan(value):
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, dict):
        return any(has_nan(item) for item in value.values())
    if isinstance(value, list):
        return any(has_nan(item) for item in value)
    return False


def expanded_size(value, active=()):
    """The number of values with aliases expanded, or None for a structure that contains
    itself. Shared parts are counted once per use, as Zeche counts them, but computed once."""
    memo = {}

    def size(item, path):
        if not isinstance(item, (list, dict)):
            return 1
        if id(item) in path:
            return None
        if id(item) in memo:
            return memo[id(item)]
        children = item.values() if isinstance(item, dict) else item
        total = 1
        for child in children:
            child_size = size(child, path | {id(item)})
            if child_size is None:
                return None
            total += child_size
        memo[id(item)] = total
        return total

    return size(value, frozenset(active))


def main():
    check_only = "--check" in sys.argv[1:]
    stale = []
    fixtures = sorted((FIXTURES / "yaml").glob("*.yml"))
    for path in fixtures:
        try:
            expected = expectation(path)
        except yaml.YAMLError as error:
            sys.exit("%s: PyYAML cannot load it, move it to yaml-errors/:\n%s" % (path.name, error))
        target = path.with_suffix(".json")
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != expected:
            stale.append(target.name)
            if not check_only:
                target.write_text(expected, encoding="utf-8")
    print("%d fixtures, %d %s" % (len(fixtures), len(stale), "out of date" if check_only else "written"))
    for name in stale:
        print("  " + name)

    for path in sorted((FIXTURES / "yaml-errors").glob("*.yml")):
        try:
            value = yaml.safe_load(path.read_bytes().decode("utf-8"))
            # Alias bombs and recursive aliases cannot be printed: say what they are.
            size = expanded_size(value)
            if size is None:
                outcome = "accepts a structure that contains itself"
            elif size > 100000:
                outcome = "accepts %d values once its aliases are expanded" % size
            else:
                outcome = "accepts: " + json.dumps(to_json(value), ensure_ascii=False)
        except Exception as error:  # PyYAML also raises ValueError, e.g. for 2026-02-30.
            outcome = "fails: " + type(error).__name__ + ": " + " ".join(str(error).split())
        # PyYAML can return lone surrogates (from "\uD83D"), which stdout cannot encode.
        line = "%s: PyYAML %s" % (path.name, outcome[:150])
        print(line.encode("utf-8", "backslashreplace").decode("utf-8"))

    if check_only and stale:
        sys.exit(1)


if __name__ == "__main__":
    main()
