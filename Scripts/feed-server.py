#!/usr/bin/env python3
"""A small, real HTTP server for btap's feed-fetching tests and benchmark.

It answers on 127.0.0.1 from a routes file that the caller writes (and may rewrite between
requests), and logs every request it receives, headers included, one JSON object a line, so
a test can check what went over the wire.

Routes file (JSON): {"/path": [answer, answer, ...]}. The n-th request to a path gets the
n-th answer (the last one repeats). An answer is an object with:
  status       the status code (default 200)
  headers      {"Name": "value"} sent as they are
  body         the body, as text (UTF-8), or
  body_latin1  the body, as text encoded in ISO-8859-1, or
  body_bytes   a number: that many bytes of filler
  encoding     "gzip" or "deflate": compress the body and say so in Content-Encoding
  delay        seconds to wait before answering
  hang         true: never answer (the connection stays open until the server stops)
  not_modified_if  an ETag: answer 304 (no body) when If-None-Match carries exactly it

Usage: feed-server.py --routes FILE --log FILE; prints the port it listens on, then serves
until killed.
"""

import argparse
import gzip
import http.server
import json
import signal
import sys
import threading
import time
import zlib


def make_handler(routes_path, log_path):
    counts = {}
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *arguments):
            pass

        def do_GET(self):
            with lock:
                with open(routes_path, encoding="utf-8") as file:
                    routes = json.load(file)
                with open(log_path, "a", encoding="utf-8") as log:
                    log.write(json.dumps({"path": self.path, "headers": dict(self.headers)}) + "\n")
                answers = routes.get(self.path)
                index = counts.get(self.path, 0)
                counts[self.path] = index + 1
            if not answers:
                self.reply(404, {}, b"not found")
                return
            answer = answers[min(index, len(answers) - 1)]
            if answer.get("hang"):
                time.sleep(3600)
                return
            time.sleep(answer.get("delay", 0))
            etag = answer.get("not_modified_if")
            if etag is not None and self.headers.get("If-None-Match") == etag:
                self.reply(304, {"ETag": etag}, b"")
                return
            if "body_bytes" in answer:
                body = b"x" * int(answer["body_bytes"])
            elif "body_latin1" in answer:
                body = answer["body_latin1"].encode("latin-1")
            else:
                body = answer.get("body", "").encode("utf-8")
            headers = dict(answer.get("headers", {}))
            encoding = answer.get("encoding")
            if encoding == "gzip":
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            elif encoding == "deflate":
                body = zlib.compress(body)
                headers["Content-Encoding"] = "deflate"
            self.reply(answer.get("status", 200), headers, body)

        def reply(self, status, headers, body):
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routes", required=True)
    parser.add_argument("--log", required=True)
    arguments = parser.parse_args()
    # A parent may have blocked or ignored SIGTERM; stopping the server must still work.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), make_handler(arguments.routes, arguments.log))
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
