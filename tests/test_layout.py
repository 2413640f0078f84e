"""The stages' imports point one way (read → nlp → facts → questions → export → run → cli) and never in a circle.

Imports are read with ``ast`` from every module, including those inside functions and ``TYPE_CHECKING`` blocks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quizgen"
# Shared helpers every stage may use, then the stages in order; a module may import its own layer or an earlier one.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("quizgen", "quizgen.errors", "quizgen.text"),
    ("quizgen.read",),
    ("quizgen.nlp",),
    ("quizgen.facts",),
    ("quizgen.questions",),
    ("quizgen.export",),
    ("quizgen.run",),
    ("quizgen.cli", "quizgen.__main__"),
)
UI_PACKAGES = ("typer", "rich", "click")


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path = PACKAGE) -> set[str]:
    """Every module name ``path`` imports, at any depth of its code."""
    found: set[str] = set()
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # ``from pkg import module``
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module → the project modules it imports."""
    modules = {module_name(p): p for p in package.rglob("*.py")}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def layer_of(module: str) -> int:
    best = -1, 0
    for index, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = len(prefix), index
    return best[1]


def backward_imports(graph: dict[str, set[str]]) -> list[str]:
    """``a → b`` for every import from an earlier stage to a later one."""
    return sorted(f"{a} → {b}" for a, targets in graph.items() for b in targets if layer_of(b) > layer_of(a))


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_stage_imports_a_later_one():
    assert backward_imports(import_graph()) == []


def test_no_import_circles():
    assert circles(import_graph()) == []


def test_only_the_cli_imports_the_terminal_libraries():
    users = sorted(module_name(p) for p in PACKAGE.rglob("*.py") if module_name(p) != "quizgen.cli"
                   and any(m.split(".")[0] in UI_PACKAGES for m in imports_of(p)))
    assert users == []


def test_every_stage_is_a_package_that_says_what_it_takes_and_gives():
    for stage in ("read", "nlp", "facts", "questions", "export", "run"):
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 60, stage


@pytest.mark.parametrize("graph, problem", [
    ({"quizgen.read.a": {"quizgen.read.b"}, "quizgen.read.b": {"quizgen.read.a"}}, "circle"),
    ({"quizgen.nlp.x": {"quizgen.facts.y"}, "quizgen.facts.y": set()}, "backward"),
    ({"quizgen.export.q": {"quizgen.run.c"}, "quizgen.run.c": {"quizgen.export.q"}}, "both"),
])
def test_the_checks_catch_what_they_are_for(graph, problem):
    assert bool(circles(graph)) == (problem in ("circle", "both"))
    assert bool(backward_imports(graph)) == (problem in ("backward", "both"))


def test_function_level_imports_are_read(tmp_path):
    module = tmp_path / "quizgen" / "read" / "m.py"
    module.parent.mkdir(parents=True)
    module.write_text("def f():\n    from quizgen.run.build import build\n    from . import sources\n", encoding="utf-8")
    assert {"quizgen.run.build", "quizgen.read.sources"} <= imports_of(module, tmp_path / "quizgen")


def test_the_graph_is_the_real_one():
    graph = import_graph()
    assert len(graph) > 40 and "quizgen.facts.model" in graph["quizgen.facts.extract"]
