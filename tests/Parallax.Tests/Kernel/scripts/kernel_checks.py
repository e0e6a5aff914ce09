"""Protocol checks of a Jupyter kernel, driven with Debian's jupyter_client; prints one JSON object.

usage: kernel_checks.py CHECK KERNEL_NAME WORKING_FOLDER LOG_FILE
CHECK: signature | abort | interrupt | restart | complete | two-kernels. The kernelspec is found through JUPYTER_PATH.
"""
import json
import queue
import sys
import time

from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

check, kernel_name, folder, log_file = sys.argv[1:5]
log = open(log_file, "a", encoding="utf-8")


def start():
    km = KernelManager(kernel_name=kernel_name)
    km.start_kernel(cwd=folder, stderr=log)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    return km, kc


def run(kc, code, timeout=120):
    """Executes code; returns (reply content, outputs as (msg_type, content))."""
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: outputs.append((m["msg_type"], m["content"])))
    return reply["content"], outputs


def value(kc, code):
    content, outputs = run(kc, code)
    if content["status"] != "ok":
        return {"error": content.get("ename"), "evalue": content.get("evalue")}
    results = [o["data"]["text/plain"] for t, o in outputs if t == "execute_result"]
    return results[0] if results else None


def shell_reply(kc, msg_id, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            msg = kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
        except queue.Empty:
            return None
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    return None


def signature():
    km, kc = start()
    try:
        request = {"code": "var stolen = 1;", "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False}
        forger = Session(key=b"not-the-key", username=kc.session.username)
        forged = forger.send(kc.shell_channel.socket, "execute_request", content=request)
        forged_reply = shell_reply(kc, forged["header"]["msg_id"], 4)
        unsigned = Session(key=b"", username=kc.session.username)
        bare = unsigned.send(kc.shell_channel.socket, "execute_request", content=request)
        bare_reply = shell_reply(kc, bare["header"]["msg_id"], 4)
        # A correctly signed message sent twice: the second copy is a replay.
        msg = kc.session.msg("execute_request", content={**request, "code": "var once = 1; once"})
        kc.session.send(kc.shell_channel.socket, msg)
        first = shell_reply(kc, msg["header"]["msg_id"], 30)
        kc.session.send(kc.shell_channel.socket, msg)
        replay = shell_reply(kc, msg["header"]["msg_id"], 4)
        return {
            "forged_reply": forged_reply is not None,
            "unsigned_reply": bare_reply is not None,
            "first_status": first["content"]["status"] if first else None,
            "replay_reply": replay is not None,
            "stolen_defined": value(kc, "stolen"),
            "still_works": value(kc, "6 * 7"),
        }
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def abort():
    km, kc = start()
    try:
        failing = kc.execute("var before = 1;\nthrow new InvalidOperationException(\"stop here\");")
        queued = kc.execute("var after = 2;")
        first = shell_reply(kc, failing, 120)
        second = shell_reply(kc, queued, 120)
        return {
            "first": first["content"]["status"] if first else None,
            "second": second["content"]["status"] if second else None,
            "after": value(kc, "after"),
            "runs_again": value(kc, "3 + 4"),
        }
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def interrupt():
    km, kc = start()
    try:
        run(kc, "var kept = 7;\nvar spins = 0;")
        msg_id = kc.execute("while (true) { spins++; System.Threading.Thread.Sleep(20); }")
        time.sleep(3)
        started = time.time()
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id, 60)
        return {
            "reply_status": reply["content"]["status"] if reply else None,
            "ename": reply["content"].get("ename") if reply else None,
            "seconds_to_stop": time.time() - started,
            "kept": value(kc, "kept"),
            "spun": value(kc, "spins > 0"),
            "next_count": run(kc, "kept + 1")[0].get("execution_count"),
        }
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def restart():
    km, kc = start()
    try:
        run(kc, "var kept = 7;")
        before = value(kc, "kept")
        old = km.provisioner.process
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=120)
        return {
            "before": before,
            "old_exit_code": old.returncode,
            "after": value(kc, "kept"),
            "count_after": run(kc, "1")[0].get("execution_count"),
        }
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def complete():
    km, kc = start()
    try:
        run(kc, "using Parallax;\nvar headline = \"Floods close the port\";")
        def matches(code, pos=None):
            reply = kc.complete(code, len(code) if pos is None else pos, reply=True, timeout=60)["content"]
            return {"matches": reply["matches"], "start": reply["cursor_start"], "end": reply["cursor_end"]}
        inspect = kc.inspect("Corpus.Load", len("Corpus.Lo"), reply=True, timeout=60)["content"]
        variable = kc.inspect("headline", 3, reply=True, timeout=60)["content"]
        incomplete = shell_reply(kc, kc.is_complete("if (headline.Length > 3) {"), 10)
        complete_ = shell_reply(kc, kc.is_complete("var n = 1;"), 10)
        return {
            "corpus_lo": matches("Corpus.Lo"),
            "qualified": matches("Parallax.Corpus.Lo"),
            "member_of_value": matches("headline.Sub"),
            "name_in_scope": matches("var n = head"),
            "non_ascii_before": matches("var é = \"𝒜\"; headline.To"),
            "inspect": inspect["data"].get("text/plain"),
            "inspect_variable": variable["data"].get("text/plain"),
            "is_complete_open": incomplete["content"]["status"],
            "is_complete_done": complete_["content"]["status"],
        }
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def two_kernels():
    (ka, ca), (kb, cb) = start(), start()
    try:
        run(ca, "var who = \"first\";")
        run(cb, "var who = \"second\";")
        busy = cb.execute("var n = 0; while (true) { n++; System.Threading.Thread.Sleep(20); }")
        time.sleep(1)
        a_while_b_busy = value(ca, "who")
        ka.interrupt_kernel()  # must not touch the other kernel's running cell
        time.sleep(1)
        b_still_running = shell_reply(cb, busy, 1) is None
        kb.interrupt_kernel()
        b_reply = shell_reply(cb, busy, 60)
        ports_a = ka.get_connection_info()
        ports_b = kb.get_connection_info()
        ka.shutdown_kernel(now=False)
        return {
            "a": a_while_b_busy,
            "b_still_running_after_a_interrupt": b_still_running,
            "b_interrupted": b_reply["content"]["status"] if b_reply else None,
            "b_after_a_shutdown": value(cb, "who"),
            "shared_ports": sorted({k for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port") if ports_a[k] == ports_b[k]}),
        }
    finally:
        ca.stop_channels()
        cb.stop_channels()
        for km in (ka, kb):
            if km.has_kernel:
                km.shutdown_kernel(now=True)


checks = {"signature": signature, "abort": abort, "interrupt": interrupt, "restart": restart, "complete": complete, "two-kernels": two_kernels}
print(json.dumps(checks[check]()))
