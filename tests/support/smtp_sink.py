#!/usr/bin/python3
"""A small SMTP server for the mail tests, on aiosmtpd 1.4 (Debian 12: python3-aiosmtpd).

    python3 tests/support/smtp_sink.py --port N --dir DIR [--reject-prefix afvist] [--defer-prefix P]
                                       [--reject-content TEXT] [--size-limit BYTES] [--auth USER:PASSWORD]
                                       [--stall-once-content TEXT] [--tls-dir TLSDIR [--implicit-tls]]

Listens on 127.0.0.1 only. `--port 0` lets the system pick a free port; either way the sink prints
"ready PORT" on stdout (one line, flushed) once it accepts connections, and exits with status 0 on
SIGTERM or SIGINT.

Each accepted message is stored in DIR as two files, numbered from 000001 in the order they arrive:
  NNNNNN.eml   the message exactly as received after the end of DATA (dot-stuffing undone, the final
               CRLF before the terminating "." kept)
  NNNNNN.json  the envelope: {"mail_from", "rcpt_tos", "mail_options", "authenticated_as", "tls"}
The .eml file is written first and each file appears under its name only when complete (written to
a temporary name, then renamed), so a reader that sees NNNNNN.json can read both.

--reject-prefix P  answers "550 5.1.1 Recipient rejected" to RCPT TO addresses whose local part
                   starts with P (case-insensitive); a message with no accepted recipient is not
                   stored (aiosmtpd answers DATA with 503).
--defer-prefix P   the same with a temporary "450 4.2.0 Mailbox temporarily unavailable".
--reject-content T answers "554 5.6.0 Message refused" at the end of DATA when the message contains
                   T (UTF-8), and does not store it.
--stall-once-content T  stores the first message that contains T (UTF-8) like any other, and then
                   never answers its DATA: the server has the mail, the client never hears "250".
                   The tests kill the sending portal there (tests/cli/mail_crash.sh). Later
                   messages with T are answered as usual.
--size-limit N     announces SIZE N and answers 552 to a MAIL FROM whose SIZE= is larger (aiosmtpd's
                   data_size_limit; its default is 32 MiB).
--auth USER:PASS   offers AUTH PLAIN and LOGIN, accepts only these credentials and requires a
                   login before MAIL, RCPT and DATA. Each attempt is appended to DIR/auth.log (one
                   JSON object a line: mechanism, login, success, tls; never the password).
                   Without --tls-dir, AUTH is offered over plain TCP (aiosmtpd's
                   auth_require_tls=False): acceptable on loopback for tests only, and needed to
                   show that a client refuses to send its password unencrypted.
--tls-dir TLSDIR   writes a fresh self-signed certificate for localhost and 127.0.0.1 to
                   TLSDIR/cert.pem (the client's CA file) and its key to TLSDIR/key.pem (with the
                   openssl command), then offers STARTTLS; with --auth, AUTH is then offered only
                   after STARTTLS (aiosmtpd's default) or, with --implicit-tls, at once.
--implicit-tls     with --tls-dir: TLS from the first byte (smtps://) instead of STARTTLS.
"""

import argparse
import asyncio
import json
import logging
import os
import signal
import ssl
import subprocess
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword, TLSSetupException

REJECTED_RECIPIENT = "550 5.1.1 Recipient rejected"
DEFERRED_RECIPIENT = "450 4.2.0 Mailbox temporarily unavailable"
REFUSED_MESSAGE = "554 5.6.0 Message refused"


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


def uses_tls(server):
    return server.transport is not None and server.transport.get_extra_info("ssl_object") is not None


class SinkHandler:
    """aiosmtpd handler: refuses recipients by prefix, stores accepted messages."""

    def __init__(self, directory, reject_prefix, defer_prefix, reject_content, stall_once_content=None):
        self.directory = directory
        self.reject_prefix = reject_prefix.lower() if reject_prefix else None
        self.defer_prefix = defer_prefix.lower() if defer_prefix else None
        self.reject_content = reject_content.encode() if reject_content else None
        self.stall_once_content = stall_once_content.encode() if stall_once_content else None
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local_part = address.rpartition("@")[0] or address
        if self.reject_prefix and local_part.lower().startswith(self.reject_prefix):
            return REJECTED_RECIPIENT
        if self.defer_prefix and local_part.lower().startswith(self.defer_prefix):
            return DEFERRED_RECIPIENT
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.reject_content and self.reject_content in envelope.original_content:
            return REFUSED_MESSAGE
        self.count += 1
        name = os.path.join(self.directory, f"{self.count:06d}")
        sidecar = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "authenticated_as": session.auth_data if session.authenticated else None,
            "tls": uses_tls(server),
        }
        write_atomically(name + ".eml", envelope.original_content)
        write_atomically(name + ".json", (json.dumps(sidecar, indent=2) + "\n").encode())
        if self.stall_once_content and self.stall_once_content in envelope.original_content:
            self.stall_once_content = None
            await asyncio.Event().wait()  # never set: this session hangs, others go on
        return f"250 2.0.0 OK queued as {self.count:06d}"


class WithoutTlsSetupFailures(logging.Filter):
    """Drops aiosmtpd's traceback for a client that gave up the TLS handshake: a test of a certificate
    the client does not trust does that on purpose. Other session errors are still logged."""

    def filter(self, record):
        return not (record.exc_info and isinstance(record.exc_info[1], TLSSetupException))


def make_authenticator(credentials, log_path):
    user, _, password = credentials.partition(":")

    def authenticator(server, session, envelope, mechanism, auth_data):
        success = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode()
                   and auth_data.password == password.encode())
        login = auth_data.login.decode(errors="replace") if isinstance(auth_data, LoginPassword) else None
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"mechanism": mechanism, "login": login, "success": success,
                                  "tls": uses_tls(server)}) + "\n")
        # handled=False: aiosmtpd then answers a failure itself ("535 5.7.8 Authentication credentials
        # invalid"); with its default (True) it would answer nothing and the client would wait.
        return AuthResult(success=success, handled=False, auth_data=user if success else None)

    return authenticator


def make_tls_context(tls_dir):
    os.makedirs(tls_dir, exist_ok=True)
    cert = os.path.join(tls_dir, "cert.pem")
    key = os.path.join(tls_dir, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


async def serve(arguments):
    loop = asyncio.get_running_loop()
    handler = SinkHandler(arguments.dir, arguments.reject_prefix, arguments.defer_prefix, arguments.reject_content,
                          arguments.stall_once_content)
    tls_context = make_tls_context(arguments.tls_dir) if arguments.tls_dir else None
    smtp_options = {
        "hostname": "smtp-sink.localhost",  # not socket.getfqdn(), which may wait for DNS
        "enable_SMTPUTF8": True,
        "loop": loop,
    }
    if arguments.size_limit is not None:
        smtp_options["data_size_limit"] = arguments.size_limit
    if tls_context and not arguments.implicit_tls:
        smtp_options["tls_context"] = tls_context
    if arguments.auth:
        smtp_options["authenticator"] = make_authenticator(arguments.auth, os.path.join(arguments.dir, "auth.log"))
        smtp_options["auth_required"] = True
        # aiosmtpd's own check only knows STARTTLS; under implicit TLS the connection is encrypted anyway.
        smtp_options["auth_require_tls"] = tls_context is not None and not arguments.implicit_tls

    server = await loop.create_server(lambda: SMTP(handler, **smtp_options), host="127.0.0.1", port=arguments.port,
                                      ssl=tls_context if arguments.implicit_tls else None)
    stop = asyncio.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    print(f"ready {server.sockets[0].getsockname()[1]}", flush=True)
    await stop.wait()
    server.close()
    await server.wait_closed()


def main():
    parser = argparse.ArgumentParser(description="SMTP sink for the mail tests (see the module docstring).")
    parser.add_argument("--port", type=int, required=True, help="port on 127.0.0.1; 0 picks a free one")
    parser.add_argument("--dir", required=True, help="directory for the received messages")
    parser.add_argument("--reject-prefix", default=None, help="refuse recipients whose local part starts so")
    parser.add_argument("--defer-prefix", default=None, help="answer 450 to recipients whose local part starts so")
    parser.add_argument("--reject-content", default=None, help="refuse messages that contain this text")
    parser.add_argument("--stall-once-content", default=None,
                        help="store the first message with this text, then never answer its DATA")
    parser.add_argument("--size-limit", type=int, default=None, help="largest message accepted, in bytes")
    parser.add_argument("--auth", default=None, metavar="USER:PASSWORD", help="require this login")
    parser.add_argument("--tls-dir", default=None, help="offer TLS with a self-signed certificate written here")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (needs --tls-dir)")
    arguments = parser.parse_args()
    if arguments.implicit_tls and not arguments.tls_dir:
        parser.error("--implicit-tls needs --tls-dir")
    if arguments.auth and ":" not in arguments.auth:
        parser.error("--auth takes USER:PASSWORD")
    os.makedirs(arguments.dir, exist_ok=True)
    # aiosmtpd warns when AUTH is required without TLS (this sink's documented choice) and about
    # its own use of a deprecated session attribute, on every connection; keep stderr for errors.
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    logging.getLogger("mail.log").addFilter(WithoutTlsSetupFailures())
    asyncio.run(serve(arguments))
    return 0


if __name__ == "__main__":
    sys.exit(main())
