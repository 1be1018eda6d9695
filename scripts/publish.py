"""Pages for readers: each executed notebook as an HTML page, and a lesson site that links them.

Both work offline and wherever they are copied: MathJax is a file beside the pages, referenced
relatively, and every figure is copied into the site. A notebook in a subfolder (a translation
in notebooks/zh/, say) gets its page and figures in the same subfolder, and its own section on
the site, headed by the first heading of that folder's README.md.
"""
import html
import posixpath
import re
from pathlib import Path, PurePosixPath

from nbconvert import HTMLExporter
from nbconvert.filters import markdown2html

from atomic_files import write_atomically
from notebook_outputs import images_by_cell
from notebook_run import run_info

REPO_ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "web" / "templates"
MATHJAX_SOURCE = REPO_ROOT / "build" / "node" / "node_modules" / "mathjax" / "es5" / "tex-svg-full.js"
MATHJAX_FILE = "mathjax/tex-svg-full.js"  # relative to the root of the pages


def html_exporter():
    return HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)])


def up_to_root(page):
    """The relative way from a page ("zh/01-x.html") back to the root of the pages ("../")."""
    return "../" * (len(PurePosixPath(page).parts) - 1)


def write_page(exporter, nb, pages_root, page):
    """Writes nb as pages_root/page, loading MathJax from the pages' root."""
    exporter.mathjax_url = up_to_root(page) + MATHJAX_FILE
    text, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": lesson_title(nb)}})
    write_atomically(Path(pages_root) / page, text)


def install_mathjax(pages_root):
    if not MATHJAX_SOURCE.is_file():
        raise FileNotFoundError(f"{MATHJAX_SOURCE} is missing: install the web tools first "
                                "(scripts/lib/common.sh: install_web_tools, or bash scripts/run-all.sh)")
    write_atomically(Path(pages_root) / MATHJAX_FILE, MATHJAX_SOURCE.read_bytes())


# --- What a lesson says about itself ------------------------------------------------------

def _first_markdown(nb):
    return next(("".join(c.source) for c in nb.cells if c.cell_type == "markdown"), "")


def lesson_title(nb):
    """The first heading of the notebook's first markdown cell."""
    match = re.search(r"^#+\s*(.+)$", _first_markdown(nb), flags=re.M)
    return match.group(1).strip() if match else "Untitled"


def lesson_summary_html(nb):
    """What the lesson teaches: its first markdown cell without the heading, as HTML."""
    body = re.sub(r"^#+\s*.+$", "", _first_markdown(nb), count=1, flags=re.M).strip()
    return markdown2html(body)


def section_heading(notebooks_root, folder):
    """The heading of a folder of lessons: the first heading of its README.md, else its name."""
    readme = Path(notebooks_root) / folder / "README.md"
    if readme.is_file():
        match = re.search(r"^#\s+(.+)$", readme.read_text(encoding="utf-8"), flags=re.M)
        if match:
            return match.group(1).strip()
    return str(folder) if str(folder) != "." else "Lessons"


# --- The site -----------------------------------------------------------------------------

def output_image_name(stem, number, k):
    """The file name under figures/.../outputs/ of the k-th image of code cell `number`."""
    return f"{stem}-cell{number}-{k}.png"


def _copy(source, target):
    write_atomically(target, Path(source).read_bytes())


def _lesson_figures(rel, nb, figures_root, site_root):
    """Copies the lesson's saved figures into the site; returns their site paths and the main
    figure (the first figure it saved, else the first image it showed, else None)."""
    folder = PurePosixPath(rel).parent
    saved = []
    for name in run_info(nb).get("saved_figures", []):
        site_path = str(PurePosixPath("figures") / folder / name)
        _copy(Path(figures_root) / folder / name, Path(site_root) / site_path)
        saved.append(site_path)
    if saved:
        return saved, saved[0]
    shown = images_by_cell(nb)
    if not shown:
        return saved, None
    number, k, png = shown[0]
    site_path = str(PurePosixPath("figures") / folder / "outputs"
                    / output_image_name(PurePosixPath(rel).name, number, k))
    write_atomically(Path(site_root) / site_path, png)
    return saved, site_path


# The site's own words, per edition: English for notebooks/, Chinese for notebooks/zh/.
SITE_TEXTS = {
    "en": {"lang": "en", "language": "English",
           "title": "A neural network from scratch, in Java",
           "intro": "Jupyter notebooks that build and train a 784-50-10 network on MNIST. Each "
                    "lesson below links its page with every output; the gallery at the end has "
                    "every figure the lessons saved.",
           "contents": "Contents", "gallery": "Gallery of figures", "lessons": "the lessons",
           "ran": "ran in {seconds:.1f} s on kernel <code>{kernel}</code>", "not_run": "not run",
           "figures": "{count} saved figure(s)", "open": "open the lesson",
           "main_figure": "main figure of {title}"},
    "zh": {"lang": "zh-CN", "language": "中文",
           "title": "从零开始的神经网络（Java 版）",
           "intro": "用 Jupyter 笔记本在 MNIST 上搭建并训练一个 784-50-10 的神经网络。下面每一课都"
                    "链接到含全部输出的页面；最后的图库收录了各课保存的所有图。",
           "contents": "目录", "gallery": "图库", "lessons": "课程",
           "ran": "在内核 <code>{kernel}</code> 上运行了 {seconds:.1f} 秒", "not_run": "未运行",
           "figures": "保存了 {count} 张图", "open": "打开本课",
           "main_figure": "{title} 的主图"},
}


def edition(folder):
    """The edition of a folder of lessons: "zh" for notebooks/zh/, else "en"."""
    return "zh" if PurePosixPath(folder).parts[:1] == ("zh",) else "en"


def _card(rel, nb, figures, main, words):
    page = PurePosixPath(rel).name + ".html"
    main = main and posixpath.relpath(main, str(PurePosixPath(rel).parent))
    seconds = run_info(nb).get("run_seconds")
    kernel = html.escape(run_info(nb).get("kernel", "?"))
    ran = words["ran"].format(seconds=seconds, kernel=kernel) if seconds is not None else words["not_run"]
    title = html.escape(lesson_title(nb))
    thumb = (f'<a href="{html.escape(page)}"><img class="thumb" src="{html.escape(main)}" '
             f'alt="{words["main_figure"].format(title=title)}"></a>') if main else ""
    return f"""<article class="lesson" id="{html.escape(PurePosixPath(rel).name)}">
  {thumb}
  <h3><a href="{html.escape(page)}">{title}</a></h3>
  <div class="summary">{lesson_summary_html(nb)}</div>
  <p class="facts">{ran} · {words["figures"].format(count=len(figures))} · <a href="{html.escape(page)}">{words["open"]}</a></p>
</article>"""


def _gallery(items, folder):
    figures = []
    for path in items:
        local = html.escape(posixpath.relpath(path, folder))
        figures.append(f'<figure><a href="{local}"><img src="{local}" alt="{local}"></a>'
                       f'<figcaption>{html.escape(PurePosixPath(path).stem)}</figcaption></figure>')
    return '<div class="gallery">\n' + "\n".join(figures) + '\n</div>'


SITE_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, "Noto Sans",
  "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #222; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; }
.lesson { overflow: hidden; border-top: 1px solid #ddd; padding: 1rem 0; }
.thumb { float: right; width: 16rem; margin: 0 0 0.5rem 1rem; border: 1px solid #ccc; }
.facts { color: #555; font-size: 0.9rem; }
.gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem; }
.gallery img { width: 100%; border: 1px solid #ccc; }
figcaption { font-size: 0.85rem; color: #555; }
.languages { text-align: right; font-size: 0.95rem; }
"""


def write_site(lessons, pages_root, figures_root, site_root, notebooks_root):
    """Writes the lesson site into site_root: one index per edition (index.html for notebooks/,
    zh/index.html for notebooks/zh/), each linking the other, with copies of the pages, MathJax
    and the figures. lessons: (relative name without .ipynb, e.g. "01-mnist-data" or
    "zh/01-mnist-data", executed notebook) in course order."""
    site_root = Path(site_root)
    _copy(Path(pages_root) / MATHJAX_FILE, site_root / MATHJAX_FILE)
    folders = {}
    for rel, nb in lessons:
        _copy(Path(pages_root) / f"{rel}.html", site_root / f"{rel}.html")
        figures, main = _lesson_figures(rel, nb, figures_root, site_root)
        folders.setdefault(str(PurePosixPath(rel).parent), []).append((rel, nb, figures, main))
    for folder, entries in folders.items():
        page = PurePosixPath(folder) / "index.html"
        write_atomically(site_root / page, _index(folder, entries, folders, notebooks_root))


def _index(folder, entries, folders, notebooks_root):
    """The index page of one folder of lessons, with a switch to the other editions."""
    words = SITE_TEXTS[edition(folder)]
    up = up_to_root(str(PurePosixPath(folder) / "index.html"))
    switch = " · ".join(
        f'<a href="{up}{PurePosixPath(other) / "index.html"}" hreflang="{SITE_TEXTS[edition(other)]["lang"]}">'
        f'{SITE_TEXTS[edition(other)]["language"]}</a>' for other in folders if other != folder)
    heading = html.escape(section_heading(notebooks_root, folder))
    toc = "".join(f'<li><a href="#{html.escape(PurePosixPath(rel).name)}">'
                  f'{html.escape(lesson_title(nb))}</a></li>' for rel, nb, _, _ in entries)
    cards = "\n".join(_card(*entry, words) for entry in entries)
    gallery = [path for _, _, figures, _ in entries for path in figures]
    return f"""<!DOCTYPE html>
<html lang="{words["lang"]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{words["title"]}: {words["lessons"]}</title>
<style>{SITE_CSS}</style>
<script>window.MathJax = {{ tex: {{ inlineMath: [["$", "$"], ["\\\\(", "\\\\)"]] }}, svg: {{ fontCache: "global" }} }};</script>
<script defer src="{up}{MATHJAX_FILE}"></script>
</head>
<body>
<nav class="languages">{switch}</nav>
<h1>{words["title"]}</h1>
<p>{words["intro"]}</p>
<nav><h2>{words["contents"]}</h2><ol><li>{heading}<ol>{toc}</ol></li><li><a href="#gallery">{words["gallery"]}</a></li></ol></nav>
<h2>{heading}</h2>
{cards}
<h2 id="gallery">{words["gallery"]}</h2>
{_gallery(gallery, folder)}
</body>
</html>
"""
