"""What every IJava-family kernel must do: the Jupyter protocol (jupyter_kernel_test) and
IJava's notebook API, as the lessons use it.

Runs on the kernel chosen with --kernel (default java-compat, the test kernel in tests/kernel),
and is meant to pass on the real IJava and JJava too (--kernel java). What only java-compat
does (and IJava 1.3.0 and JJava 1.0-a6 do not) is tested in tests/test_kernel_java_compat.py.
"""
import os
import shutil
import subprocess
import textwrap
import unittest

import jupyter_kernel_test
import pytest
from jupyter_kernel_test.msgspec_v5 import validate_message

from nbhelpers import cell_text, code_cells, error_outputs, html_outputs, image_outputs, is_png

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


class IJavaFamilyProtocolTests(jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("NOTEBOOK_KERNEL", "java-compat")

    # kernel_info as IJava describes its language
    language_name = "Java"
    file_extension = ".jshell"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'
    code_generate_error = 'throw new IllegalStateException("expected by the test");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": 'String greeting = "hi";\ngreeting + " there"', "result": "hi there"},
    ]
    code_display_data = [
        {"code": 'display("<b>bold</b>", "text/html");', "mime": "text/html"},
        {"code": "display(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB));",
         "mime": "image/png"},
    ]

    complete_code_samples = ["int a = 1;", "System.out.println(1);", "for (int i = 0; i < 3; i++) {}", ""]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", 'String s = "a" +']
    # IJava calls "int a = ;)" complete: "invalid" answers are java-compat's own (tested there).
    invalid_code_samples = []

    # IJava finds nothing at the end of "Math.max(": inspect is tested in the java-compat tests.
    code_inspect_sample = ""

    completion_samples = [{"text": "System.out.printl", "matches": {"println("}}]

    def test_kernel_info(self):
        """As jupyter_kernel_test checks it, except "status": IJava's base library leaves it out
        of kernel_info_reply. The java-compat tests check the reply with its status."""
        self.flush_channels()
        msg_id = self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=jupyter_kernel_test.TIMEOUT)
        reply["content"].setdefault("status", "ok")
        validate_message(reply, "kernel_info_reply", msg_id)
        self.assertEqual(reply["content"]["language_info"]["name"], self.language_name)
        self.assertEqual(reply["content"]["language_info"]["file_extension"], self.file_extension)


@pytest.fixture(scope="module")
def greeter_jar_dir(tmp_path_factory):
    """A tiny jar built on the spot, so the %jars test needs nothing else from the build."""
    if not shutil.which("javac") or not shutil.which("jar"):
        pytest.skip("javac/jar not on PATH")
    work = tmp_path_factory.mktemp("ijava-api")
    source = work / "src" / "fixture" / "Greeter.java"
    source.parent.mkdir(parents=True)
    source.write_text(textwrap.dedent("""\
        package fixture;
        public final class Greeter {
          public static String greet(String name) { return "Hello, " + name; }
        }
        """))
    classes = work / "classes"
    subprocess.run(["javac", "-d", str(classes), str(source)], check=True)
    (work / "greeter").mkdir()
    subprocess.run(["jar", "cf", str(work / "greeter" / "greeter.jar"), "-C", str(classes), "."], check=True)
    return work


def test_notebook_written_against_ijava_api_gives_ijavas_outputs(execute_notebook_file, greeter_jar_dir):
    """tests/fixtures/ijava-api.ipynb uses only IJava's documented API; check each cell's output."""
    nb = execute_notebook_file(os.path.join(FIXTURES, "ijava-api.ipynb"), cwd=greeter_jar_dir)
    cells = dict(code_cells(nb))

    # 1: %jars with a glob adds the jar and shows nothing
    assert cells[1].outputs == []
    # 2: a class from that jar; the last expression is the execute_result
    results = [o for o in cells[2].outputs if o.output_type == "execute_result"]
    assert [r.data["text/plain"] for r in results] == ["Hello, IJava"]
    # 3: display(BufferedImage) shows a PNG
    images = image_outputs(nb)
    assert images and all(is_png(i) for i in images)
    assert any(o.output_type == "display_data" and "image/png" in o.data for o in cells[3].outputs)
    # 4: display(html, "text/html") shows HTML
    assert any("<table>" in h for h in html_outputs(nb))
    assert any(o.output_type == "display_data" and "text/html" in o.data for o in cells[4].outputs)
    # 5: updateDisplay replaced the shown value in place: one output, showing the last update
    assert len(cells[5].outputs) == 1
    assert cells[5].outputs[0].data["text/plain"] == "step 3 of 3"
    # 6: render(...) as the last expression gives an execute_result in the requested type
    rendered = [o for o in cells[6].outputs if o.output_type == "execute_result"]
    assert rendered and "<i>rendered</i>" in rendered[0].data["text/html"]
    # 7: printing without a newline still reaches the notebook
    assert cell_text(nb, 7) == "no newline"
    # 8: an exception is an error output naming the exception and its message (IJava shows no
    # source line, only "at .(#30:1)"; java-compat's offending line is tested in its own tests)
    errors = {number: (ename, evalue, tb) for number, ename, evalue, tb in error_outputs(nb)}
    ename, evalue, traceback = errors[8]
    assert evalue == "expected failure"
    assert "java.lang.IllegalStateException: expected failure" in traceback
    # 9: a compile error shows the message and the code
    ename, evalue, traceback = errors[9]
    assert "incompatible types" in traceback and 'int x = "text";' in traceback
    # 10: the kernel is still usable after errors, and sees IJava's default imports
    assert cell_text(nb, 10) == "[1, 2, 3]"
    assert sorted(errors) == [8, 9]


def test_interrupt_stops_a_running_cell(kernel_name):
    """IJava interrupts the cell's thread, so the loop sleeps to notice. The interrupt is sent
    once the cell has printed, i.e. after JShell has compiled it: IJava loses an interrupt that
    arrives during compilation. (Busy loops and interrupts during compilation: java-compat tests.)"""
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=kernel_name)
    try:
        msg_id = kc.execute('System.out.println("running");\nwhile (true) { Thread.sleep(10); }')
        while True:
            msg = kc.get_iopub_msg(timeout=30)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "stream":
                break
        km.interrupt_kernel()
        reply = kc.get_shell_msg(timeout=30)
        while reply["parent_header"].get("msg_id") != msg_id:  # skip start-up kernel_info replies
            reply = kc.get_shell_msg(timeout=30)
        assert reply["content"]["status"] == "error"
        after = kc.execute_interactive("System.out.print(1 + 1);", timeout=30,
                                       output_hook=lambda m: None)
        assert after["content"]["status"] == "ok"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_a_cell_that_replaces_system_out_does_not_silence_later_cells(kernel_name):
    """IJava puts its own System.out back at the start of every cell."""
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=kernel_name)
    printed = []
    try:
        silenced = kc.execute_interactive(
            "System.setOut(new PrintStream(OutputStream.nullOutputStream()));\n"
            'System.out.println("swallowed");', timeout=30, output_hook=lambda m: None)
        assert silenced["content"]["status"] == "ok"
        after = kc.execute_interactive(
            'System.out.println("visible again");', timeout=30,
            output_hook=lambda m: printed.append(m["content"]["text"]) if m["msg_type"] == "stream" else None)
        assert after["content"]["status"] == "ok"
        assert "".join(printed) == "visible again\n"
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
