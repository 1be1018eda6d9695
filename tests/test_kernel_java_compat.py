"""java-compat's own extras: what the test kernel does beyond IJava and JJava.

tests/test_kernel_conformance.py holds what every IJava-family kernel must do. The checks here
pass on java-compat only: run against the real IJava 1.3.0 or JJava 1.0-a6 (--kernel java),
the first five fail (see tests/kernel/README.md, "Where java-compat differs from IJava"), and
neither kernel refuses System.exit, batches output, or honours stop_on_error. So every test
here is marked java_compat_extra and skipped for any other kernel.
"""
import contextlib
import os
import queue
import time

import nbformat
import pytest
from jupyter_kernel_test.msgspec_v5 import validate_message

KERNEL = os.environ.get("NOTEBOOK_KERNEL", "java-compat")
FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")
TIMEOUT = 60

java_compat_extra = pytest.mark.skipif(
    KERNEL != "java-compat", reason="an extra of the java-compat test kernel; IJava and JJava lack it")
pytestmark = java_compat_extra


@contextlib.contextmanager
def fresh_kernel():
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=120)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


@pytest.fixture(scope="module")
def kernel():
    """One kernel for the tests that leave it as they found it."""
    with fresh_kernel() as (km, kc):
        yield kc


def run(kc, code, timeout=TIMEOUT):
    """Executes code; returns (reply content, iopub messages of this request but status/execute_input)."""
    messages = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=messages.append)
    outputs = [m for m in messages if m["msg_type"] not in ("status", "execute_input")]
    return reply["content"], outputs


def stream_text(outputs, name="stdout"):
    return "".join(m["content"]["text"] for m in outputs
                   if m["msg_type"] == "stream" and m["content"]["name"] == name)


def traceback_text(outputs):
    return "\n".join(line for m in outputs if m["msg_type"] == "error" for line in m["content"]["traceback"])


def shell_reply(kc, msg_id):
    """The reply to msg_id, skipping replies to other requests (start-up kernel_info ones)."""
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=TIMEOUT)
    return reply


def java_major_version(kc):
    reply = shell_reply(kc, kc.kernel_info())
    return int(reply["content"]["language_info"]["version"].split(".")[0].split("+")[0])


def wait_for_iopub(kc, parent_id, predicate, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == parent_id and predicate(msg):
            return msg


# --- The five that the real IJava 1.3.0 and JJava 1.0-a6 fail ----------------------------------

def test_kernel_info_reply_has_status(kernel):
    msg_id = kernel.kernel_info()
    reply = shell_reply(kernel, msg_id)
    validate_message(reply, "kernel_info_reply", msg_id)  # the schema requires "status"
    assert reply["content"]["status"] == "ok"


def test_inspect_at_the_end_of_an_open_call_finds_the_method(kernel):
    reply = shell_reply(kernel, kernel.inspect("Math.max(", cursor_pos=len("Math.max(")))
    assert reply["content"]["status"] == "ok"
    assert reply["content"]["found"] is True
    assert "max(" in reply["content"]["data"]["text/plain"]


@pytest.mark.parametrize("code", ["int a = ;)", "}}"])
def test_is_complete_calls_broken_code_invalid(kernel, code):
    reply = shell_reply(kernel, kernel.is_complete(code))
    assert reply["content"]["status"] == "invalid"


def test_exception_traceback_shows_the_line_that_threw(kernel):
    reply, outputs = run(kernel, 'String name = null;\nint length = name.length();')
    assert reply["status"] == "error"
    traceback = traceback_text(outputs)
    assert "java.lang.NullPointerException" in traceback
    assert "int length = name.length();" in traceback


def test_exception_in_a_method_shows_the_line_in_the_method(kernel):
    """The deepest cell frame wins: the line inside the method, not the call."""
    defined, _ = run(kernel, 'String word = null;\n\nint letters() {\n  int extra = 1;\n'
                             '  return word.length() + extra;\n}')
    assert defined["status"] == "ok"
    reply, outputs = run(kernel, 'int total = 0;\ntotal += letters();')
    assert reply["status"] == "error"
    assert "return word.length() + extra;" in traceback_text(outputs)


def test_runaway_recursion_shows_its_repeated_frame_once(kernel):
    """Java prints up to 1024 identical frames; IJava shows them all."""
    run(kernel, "int deeper(int n) { return deeper(n + 1) + 1; }")
    reply, outputs = run(kernel, "deeper(0)")
    assert reply["status"] == "error"
    traceback = traceback_text(outputs)
    assert "java.lang.StackOverflowError" in traceback
    assert "the line above repeated" in traceback
    assert len(traceback.splitlines()) < 20


def test_interrupt_during_compilation_stops_the_cell():
    """JShell compiles and runs a cell snippet by snippet. An interrupt that arrives while one
    compiles must still stop the cell: the snippets after it never run."""
    declarations = "\n".join(f"int v{i} = {i};" for i in range(150))
    code = declarations + '\nThread.sleep(60_000);\nSystem.out.println("not interrupted");'
    with fresh_kernel() as (km, kc):
        msg_id = kc.execute(code)
        wait_for_iopub(kc, msg_id, lambda m: m["msg_type"] == "execute_input")
        started = time.monotonic()
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id)
        assert reply["content"]["status"] == "error"
        assert time.monotonic() - started < 40, "the 60 s sleep ran: the interrupt was lost"
        after, _ = run(kc, "1 + 1")
        assert after["status"] == "ok"


# --- Interrupts, exit, and output handling -------------------------------------------------------

def test_interrupt_stops_a_busy_loop():
    """IJava interrupts the cell's thread, which a loop that never sleeps ignores; java-compat
    stops it after a grace period."""
    with fresh_kernel() as (km, kc):
        if java_major_version(kc) >= 20:
            pytest.skip("Java 20 and later cannot stop a thread (Thread.stop throws): there, "
                        "a busy loop runs on after the interrupt (tests/kernel/README.md)")
        msg_id = kc.execute('System.out.println("spinning");\nwhile (true) { }')
        wait_for_iopub(kc, msg_id, lambda m: m["msg_type"] == "stream")
        km.interrupt_kernel()
        reply = shell_reply(kc, msg_id)
        assert reply["content"]["status"] == "error"
        after, outputs = run(kc, 'System.out.print(1 + 1);')
        assert after["status"] == "ok" and stream_text(outputs) == "2"


def test_exit_in_a_cell_fails_the_cell_and_the_kernel_lives_on():
    with fresh_kernel() as (km, kc):
        if java_major_version(kc) >= 24:
            pytest.skip("Java 24 and later have no security manager: there, a cell that exits "
                        "ends the kernel (tests/kernel/README.md)")
        run(kc, "int kept = 41;")
        for call in ["System.exit(0);", "System.exit(3);", "Runtime.getRuntime().halt(1);"]:
            reply, outputs = run(kc, call)
            assert reply["status"] == "error", call
            traceback = traceback_text(outputs)
            assert "java.lang.SecurityException" in traceback
            assert "cannot end the java-compat kernel" in traceback
        after, outputs = run(kc, "kept + 1")
        assert after["status"] == "ok"
        assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == ["42"]
        assert km.is_alive()


def test_twenty_megabytes_printed_in_one_cell_arrive_whole(kernel):
    lines = 200_000
    reply, outputs = run(
        kernel, f'for (int i = 0; i < {lines}; i++) System.out.println("line " + i + " " + "x".repeat(90));',
        timeout=300)
    assert reply["status"] == "ok"
    text = stream_text(outputs)
    assert len(text) > 20_000_000
    expected = "".join(f"line {i} {'x' * 90}\n" for i in range(lines))
    assert text == expected
    # Batched, as ipykernel does: far fewer messages than prints.
    assert len([m for m in outputs if m["msg_type"] == "stream"]) < 1000


def test_prints_alternating_between_stdout_and_stderr_arrive_whole(kernel):
    """Each switch of stream starts a new message; a batch caps them, so this can't flood either."""
    lines = 100_000
    reply, outputs = run(
        kernel, f'for (int i = 0; i < {lines}; i++) {{ System.out.println("out " + i); System.err.println("err " + i); }}',
        timeout=300)
    assert reply["status"] == "ok"
    assert stream_text(outputs, "stdout") == "".join(f"out {i}\n" for i in range(lines))
    assert stream_text(outputs, "stderr") == "".join(f"err {i}\n" for i in range(lines))
    assert len(outputs) < 5000


def test_characters_split_between_writes_arrive_intact(kernel):
    """PrintStream hands over a long string in 8 KB pieces that may cut a character in two."""
    reply, outputs = run(kernel, 'System.out.print("é€😀".repeat(50_000));')
    assert reply["status"] == "ok"
    assert stream_text(outputs) == "é€😀" * 50_000


def test_printed_text_keeps_its_place_among_stderr_and_displays(kernel):
    reply, outputs = run(kernel, 'System.out.println("one");\nSystem.err.println("two");\n'
                                 'display("three");\nSystem.out.println("four");')
    assert reply["status"] == "ok"
    shown = [(m["content"]["name"], m["content"]["text"]) if m["msg_type"] == "stream"
             else ("display", m["content"]["data"]["text/plain"]) for m in outputs]
    assert shown == [("stdout", "one\n"), ("stderr", "two\n"), ("display", "three"), ("stdout", "four\n")]


def test_closing_system_out_does_not_silence_later_cells(kernel):
    """With IJava's base library, System.out.close() in a cell silences System.out until a restart."""
    closed, _ = run(kernel, "System.out.close();")
    assert closed["status"] == "ok"
    reply, outputs = run(kernel, 'System.out.println("still printing");')
    assert reply["status"] == "ok"
    assert stream_text(outputs) == "still printing\n"


def test_output_of_a_thread_after_its_cell_finished_reaches_iopub(kernel):
    """Sent under the request of the cell that started the thread, even when another cell ran
    in between. Whether a front end shows it is up to the front end: nbclient stops listening
    to a cell once it is idle."""
    starter = kernel.execute_interactive(
        'new Thread(() -> {\n'
        '    try { Thread.sleep(3000); } catch (InterruptedException e) { }\n'
        '    System.out.println("printed after the cell");\n'
        '}).start();', timeout=TIMEOUT, output_hook=lambda m: None)
    assert starter["content"]["status"] == "ok"
    other, _ = run(kernel, "1 + 1")
    assert other["status"] == "ok"
    late = wait_for_iopub(kernel, starter["parent_header"]["msg_id"], lambda m: m["msg_type"] == "stream",
                          timeout=10)
    assert late["content"] == {"name": "stdout", "text": "printed after the cell\n"}


def test_cells_do_not_see_the_kernels_own_libraries(kernel):
    """java-compat relocates its gson and jeromq, so a user's versions on the %classpath can't
    clash with them. IJava 1.3.0 merges them into its jar unrelocated (JJava relocates them)."""
    reply, outputs = run(
        kernel,
        'for (String name : List.of("com.google.gson.Gson", "org.zeromq.ZMQ")) {\n'
        '    try { Class.forName(name); System.out.println(name + " visible"); }\n'
        '    catch (ClassNotFoundException e) { System.out.println(name + " hidden"); }\n'
        '}')
    assert reply["status"] == "ok"
    assert stream_text(outputs) == "com.google.gson.Gson hidden\norg.zeromq.ZMQ hidden\n"


# --- stop_on_error --------------------------------------------------------------------------------

def run_all_and_stop(notebook_path, stop_on_error, stop_when):
    """Does what the Notebook's Run All does: sends every code cell at once. Interrupts the
    kernel when the first stream text containing stop_when arrives. Returns the code cells with
    their outputs, each cell's reply content, and the kernel's answer to one more cell."""
    nb = nbformat.read(notebook_path, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code"]
    with fresh_kernel() as (km, kc):
        ids = [kc.execute(c.source, stop_on_error=stop_on_error) for c in cells]
        cell_of = dict(zip(ids, cells))
        for cell in cells:
            cell.outputs = []
        replies, idle, interrupted = {}, set(), False
        deadline = time.monotonic() + 3 * TIMEOUT
        while (len(replies) < len(ids) or len(idle) < len(ids)) and time.monotonic() < deadline:
            with contextlib.suppress(queue.Empty):
                msg = kc.get_iopub_msg(timeout=0.2)
                parent = msg["parent_header"].get("msg_id")
                if parent in cell_of:
                    if msg["msg_type"] in ("stream", "error", "execute_result", "display_data"):
                        cell_of[parent].outputs.append(msg["content"])
                        if not interrupted and stop_when in msg["content"].get("text", ""):
                            km.interrupt_kernel()
                            interrupted = True
                    elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                        idle.add(parent)
            with contextlib.suppress(queue.Empty):
                reply = kc.get_shell_msg(timeout=0.01)
                if reply["parent_header"].get("msg_id") in cell_of:
                    replies[reply["parent_header"]["msg_id"]] = reply["content"]
        assert interrupted, f"never saw {stop_when!r}"
        assert len(replies) == len(ids), "some cells were never answered"
        after, after_outputs = run(kc, "model == null")
        return cells, [replies[i] for i in ids], (after, after_outputs)


def test_stop_on_error_aborts_the_queued_cells_after_an_interrupt():
    cells, replies, (after, after_outputs) = run_all_and_stop(
        os.path.join(FIXTURES, "stop-on-error.ipynb"), stop_on_error=True, stop_when="training started")
    assert [r["status"] for r in replies] == ["ok", "error", "aborted", "aborted", "aborted"]
    # One error: the interrupted cell's. The aborted cells did not run, so they show nothing:
    # no NullPointerException, no stale "after training" line.
    assert cells[0].outputs[0]["text"] == "model reset\n"
    assert [o["text"] for o in cells[1].outputs if "text" in o] == ["training started\n"]
    assert len([o for o in cells[1].outputs if "ename" in o]) == 1
    assert [c.outputs for c in cells[2:]] == [[], [], []]
    # The abort ends with the queue: the next request runs, and the training never finished.
    assert after["status"] == "ok"
    assert [m["content"]["data"]["text/plain"] for m in after_outputs if m["msg_type"] == "execute_result"] == ["true"]


def test_stop_on_error_aborts_the_queued_cells_after_an_exception():
    with fresh_kernel() as (km, kc):
        ids = [kc.execute(code) for code in
               ['Thread.sleep(500);\nthrow new IllegalStateException("first failure");',
                'System.out.println("queued 1");', 'System.out.println("queued 2");']]
        statuses = [shell_reply(kc, msg_id)["content"]["status"] for msg_id in ids]
        assert statuses == ["error", "aborted", "aborted"]
        after, outputs = run(kc, 'System.out.println("runs again");')
        assert after["status"] == "ok" and stream_text(outputs) == "runs again\n"


def test_without_stop_on_error_the_queued_cells_run():
    """The same Run All with stop_on_error false: the cascade the abort prevents."""
    cells, replies, _ = run_all_and_stop(
        os.path.join(FIXTURES, "stop-on-error.ipynb"), stop_on_error=False, stop_when="training started")
    assert [r["status"] for r in replies] == ["ok", "error", "error", "ok", "ok"]
    assert "NullPointerException" in "\n".join(cells[2].outputs[0]["traceback"])
    assert cells[3].outputs[0]["text"] == "after training: null\n"
