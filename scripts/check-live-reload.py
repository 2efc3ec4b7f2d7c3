#!/usr/bin/env python3
"""check-live-reload.py [ZECHE]

Checks `zeche serve` the way an editor uses it: starts the preview of a copy of the sample
site, opens an article in headless Chromium, edits the article on disk, and waits for the open
page to reload with the new text; then breaks the article and waits for the error overlay, and
fixes it again. Talks to Chromium over its DevTools protocol (a minimal WebSocket client, so
only the standard library is needed). Needs `chromium` (apt-get install chromium).
Exit status 0 when every step was seen (or, with a message, when Chromium is missing), 1 otherwise.
"""
import base64, json, os, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZECHE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/zeche")
ARTICLE = "Content/posts/2026-10-15-produktentwicklung-meilenstein-3-ist-geschafft.md"
PAGE = "2026/10/produktentwicklung-meilenstein-3-ist-geschafft/"


class DevTools:
    """Just enough of a WebSocket client for Chromium's DevTools protocol."""

    def __init__(self, url):
        host_port, path = url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(4096)
        self.buffer = response.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0

    def _recv_exact(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError("DevTools closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _read_message(self):
        header = self._recv_exact(2)
        length = header[1] & 0x7F
        if length == 126:
            length = struct.unpack(">H", self._recv_exact(2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._recv_exact(8))[0]
        return json.loads(self._recv_exact(length))

    def call(self, method, **params):
        self.next_id += 1
        payload = json.dumps({"id": self.next_id, "method": method, "params": params}).encode()
        mask = os.urandom(4)
        header = bytes([0x81]) + (bytes([0x80 | len(payload)]) if len(payload) < 126
                                  else bytes([0x80 | 126]) + struct.pack(">H", len(payload)))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))
        while True:
            message = self._read_message()
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


def wait_for(description, condition, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if condition():
                print(f"ok   {description}")
                return True
        except (OSError, EOFError, json.JSONDecodeError):
            pass
        time.sleep(0.2)
    print(f"FAIL {description}")
    return False


def main():
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        print("skipped: chromium is not installed (apt-get install chromium)")
        return 0
    work = tempfile.mkdtemp(prefix="zeche-live-")
    for item in ("site.yml", "Content", "Templates"):
        src = os.path.join(ROOT, item)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(work, item))
    server = subprocess.Popen([ZECHE, "serve", "--port", "0", "--future", "--source", work],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    chrome = None
    try:
        line = server.stdout.readline()
        url = line.split("at ", 1)[1].split(" ")[0]
        print(f"preview at {url}")
        profile = tempfile.mkdtemp(prefix="zeche-chrome-")
        chrome = subprocess.Popen([browser, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=9333",
                                   f"--user-data-dir={profile}", "about:blank"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        targets = None
        for _ in range(50):
            try:
                targets = json.load(urllib.request.urlopen("http://127.0.0.1:9333/json"))
                break
            except OSError:
                time.sleep(0.2)
        if targets is None:
            print(f"FAIL {browser} did not start its DevTools endpoint on port 9333")
            return 1
        page = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        tools.call("Page.enable")
        tools.call("Page.navigate", url=url + PAGE)
        ok = wait_for("the article is open", lambda: "Meilenstein 3" in (tools.evaluate("document.title") or ""))
        tools.evaluate("window.__zecheMarker = 1")
        path = os.path.join(work, ARTICLE)
        original = open(path, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(original + "\nDieser Satz kam aus dem Editor.\n")
        ok &= wait_for("the page reloaded by itself with the new text",
                       lambda: tools.evaluate("window.__zecheMarker") is None
                       and "Dieser Satz kam aus dem Editor." in (tools.evaluate("document.body.innerText") or ""))
        with open(path, "w", encoding="utf-8") as f:
            f.write(original.replace("author: redaktion", "author: redaktio"))
        ok &= wait_for("a broken save shows the error overlay with file:line:column",
                       lambda: f"{ARTICLE}:5:9: error: unknown author 'redaktio'" in (tools.evaluate("document.body.innerText") or ""))
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        ok &= wait_for("fixing the file removes the overlay",
                       lambda: "unknown author" not in (tools.evaluate("document.body.innerText") or "")
                       and "Meilenstein 3" in (tools.evaluate("document.title") or ""))
        return 0 if ok else 1
    finally:
        if chrome:
            chrome.terminate()
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
