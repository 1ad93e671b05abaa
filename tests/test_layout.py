"""The shape of the code (DESIGN §1, STYLE.md): rooms by feature, each folder saying what lives in
it, every package shipped, models/ free of Qt, and imports that never run in a circle."""

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ("desktop", "models")


def modules() -> dict[str, Path]:
    """Every module of desktop/ and models/ by its dotted name (packages by their own name)."""
    found = {}
    for top in CODE:
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of desktop/ and models/ that ``path`` imports, anywhere in it (a late import
    inside a function still ties the two modules together), except for type checkers only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):  # "if TYPE_CHECKING:" blocks never run
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in known)
    return found


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(path, known) - {name} for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for neighbour in sorted(graph[node]):
            if neighbour not in index:
                visit(neighbour)
                low[node] = min(low[node], low[neighbour])
            elif neighbour in on_stack:
                low[node] = min(low[node], index[neighbour])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def room(module: str) -> str:
    """The folder a module lives in (``desktop.log`` for ``desktop.log.encounter_form``), or the
    module itself at the top of desktop/ or models/."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 or (ROOT / Path(*parts)).is_dir() else module


def room_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, imported in import_graph().items():
        graph.setdefault(room(module), set()).update(room(other) for other in imported)
    for source, targets in graph.items():
        targets.discard(source)
    return graph


def test_no_module_imports_another_that_imports_it_back():
    assert cycles(import_graph()) == []


def test_no_room_imports_another_that_imports_it_back():
    """Arrows run down: the shell uses features, a feature uses the shared pieces and models/."""
    assert cycles(room_graph()) == []


def test_features_never_import_the_shell():
    """Helpers reach the main window through desktop.shell, not by importing it."""
    graph = room_graph()
    features = [name for name in graph if name.startswith("desktop.") and (ROOT / Path(*name.split("."))).is_dir()]
    for feature in features:
        if feature != "desktop.cli":  # the command line starts the app: it stands above the shell
            assert not {"desktop.main_window", "desktop.app"} & graph[feature], feature


def test_the_cycle_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_models_never_import_qt_or_the_desktop():
    for name, path in modules().items():
        if not name.startswith("models"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                roots = [node.module.split(".")[0]]
            else:
                continue
            assert not {"PySide6", "desktop"} & set(roots), f"{name} imports {roots}"


def test_every_package_is_listed_for_installation():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in (*CODE, "resources")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert listed == folders


def test_each_folder_says_in_one_line_what_lives_there():
    for top in CODE:
        for init in (ROOT / top).rglob("__init__.py"):
            if "migrations" in init.parts:
                continue
            docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
            assert docstring, f"{init.relative_to(ROOT)} says nothing"
