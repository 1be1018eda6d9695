"""The kernel against the Jupyter protocol (jupyter_kernel_test) and against IJava's notebook API.

Runs on the kernel chosen with --kernel (default java-compat, the test kernel in tests/kernel).
"""
import os
import shutil
import subprocess
import textwrap
import unittest

import jupyter_kernel_test
import pytest

from nbhelpers import cell_text, code_cells, error_outputs, html_outputs, image_outputs, is_png

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


class JavaKernelProtocolTests(jupyter_kernel_test.KernelTests):
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
    invalid_code_samples = ["int a = ;)", "}}"]

    code_inspect_sample = "Math.max("

    completion_samples = [{"text": "System.out.printl", "matches": {"println("}}]


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
    # 8: an exception is an error output naming the exception and the offending line
    errors = {number: (ename, evalue, tb) for number, ename, evalue, tb in error_outputs(nb)}
    ename, evalue, traceback = errors[8]
    assert evalue == "expected failure"
    assert "java.lang.IllegalStateException" in traceback
    assert 'throw new IllegalStateException("expected failure")' in traceback
    # 9: a compile error shows the message and the code
    ename, evalue, traceback = errors[9]
    assert "incompatible types" in traceback and 'int x = "text";' in traceback
    # 10: the kernel is still usable after errors, and sees IJava's default imports
    assert cell_text(nb, 10) == "[1, 2, 3]"
    assert sorted(errors) == [8, 9]


def test_interrupt_stops_a_running_cell(kernel_name):
    from jupyter_client.manager import start_new_kernel
    # IJava only interrupts the cell's thread, which a busy loop ignores; the test kernel also
    # stops busy loops, so it gets the harder case.
    endless = "while (true) { }" if kernel_name == "java-compat" else "while (true) { Thread.sleep(10); }"
    km, kc = start_new_kernel(kernel_name=kernel_name)
    try:
        msg_id = kc.execute(endless)
        # wait until the cell is running
        while True:
            msg = kc.get_iopub_msg(timeout=30)
            if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
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


def test_cells_do_not_see_the_kernels_own_libraries(kernel_name):
    """The test kernel relocates its gson and jeromq, so a user's versions can't clash with them."""
    if kernel_name != "java-compat":
        pytest.skip("checks how the test kernel is packaged")
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=kernel_name)
    printed = []
    try:
        reply = kc.execute_interactive(
            'for (String name : List.of("com.google.gson.Gson", "org.zeromq.ZMQ")) {\n'
            '    try { Class.forName(name); System.out.println(name + " visible"); }\n'
            '    catch (ClassNotFoundException e) { System.out.println(name + " hidden"); }\n'
            '}',
            timeout=30,
            output_hook=lambda m: printed.append(m["content"].get("text", "")) if m["msg_type"] == "stream" else None)
        assert reply["content"]["status"] == "ok"
        assert "".join(printed).split("\n")[:2] == ["com.google.gson.Gson hidden", "org.zeromq.ZMQ hidden"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    unittest.main()
