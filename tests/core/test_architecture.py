"""The layout the code promises, checked on its syntax trees.

- One storage layer owns every SQL statement: outside ``contactvault/vault/`` no module
  calls ``execute``/``executemany``/``executescript`` or holds SQL text.
- The services never import the GUI (or Qt): a front end passes what needs Qt, such as
  the PDF printer, into the service.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "contactvault"
STORAGE = PACKAGE / "vault"

SQL_CALLS = {"execute", "executemany", "executescript"}
# Upper-case SQL at the start of a string: a statement or a clause of one. Prose (UI
# texts, docstrings) does not start with upper-case keywords like these.
SQL_TEXT = re.compile(
    r"^\s*(?:SELECT\s+\S|INSERT\s+(?:OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|"
    r"DELETE\s+FROM\b|REPLACE\s+INTO\b|(?:CREATE|DROP)\s+(?:UNIQUE\s+)?"
    r"(?:TABLE|INDEX|TRIGGER|VIEW)\b|ALTER\s+TABLE\b|PRAGMA\s+\w|"
    r"(?:BEGIN|COMMIT|ROLLBACK)(?:\s+(?:IMMEDIATE|EXCLUSIVE|DEFERRED|TRANSACTION))?\s*;?\s*$|"
    r"WITH\s+\w+\s+AS\s*\(|WHERE\s+[\w.]+\s*(?:=|IN\b|IS\b|<|>)|"
    r"(?:ORDER|GROUP)\s+BY\s+\w|(?:LEFT\s+|CROSS\s+|INNER\s+)?JOIN\s+\w+\s+\w+\s+ON\b|"
    r"FROM\s+\w+\s+(?:WHERE|ORDER|GROUP|JOIN)\b)")


def _modules(root: Path):
    for path in sorted(root.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings or bare expression statements."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            found.add(id(node.value))
    return found


def _text_of(node: ast.AST) -> str | None:
    """The literal text of a string constant or f-string ({} for its holes)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def sql_outside_storage(root: Path = PACKAGE, storage: Path = STORAGE) -> list[str]:
    """"file:line: what" for every SQL call or SQL text outside the storage package."""
    found = []
    for path, tree in _modules(root):
        if path.is_relative_to(storage):
            continue
        where = path.relative_to(root.parent)
        skip = _docstrings(tree)
        in_fstring = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)
                      for v in n.values}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in SQL_CALLS:
                found.append((str(where), node.lineno, f".{node.func.attr}() call"))
                continue
            if id(node) in skip or id(node) in in_fstring:
                continue
            text = _text_of(node)
            if text is not None and SQL_TEXT.match(text):
                first = text.strip().splitlines()[0][:60]
                found.append((str(where), node.lineno, f"SQL text {first!r}"))
    return [f"{file}:{line}: {what}" for file, line, what in sorted(found)]


def test_no_sql_outside_the_storage_layer():
    found = sql_outside_storage()
    assert not found, "SQL outside contactvault/vault/:\n" + "\n".join(found)


def test_the_check_finds_sql(tmp_path):
    """The check itself: it sees calls and statements, and leaves prose alone."""
    package = tmp_path / "contactvault"
    (package / "vault").mkdir(parents=True)
    (package / "vault" / "rows.py").write_text('conn.execute("SELECT 1 FROM t")\n')
    (package / "service.py").write_text(
        '"""Select the contacts. UPDATE notes."""\n'
        'label = "Select the phone"\n'
        'def f(conn, table):\n'
        '    sql = f"SELECT id FROM {table}"\n'
        '    where = "WHERE contact_id = ?"\n'
        '    return conn.executemany(sql, [])\n')
    found = sql_outside_storage(package, package / "vault")
    assert [line.split(": ", 1)[0] for line in found] == [
        "contactvault/service.py:4", "contactvault/service.py:5", "contactvault/service.py:6"]


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append((node.lineno, node.module))
    return names


def test_services_never_import_the_gui():
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}: imports {name}"
             for path, tree in _modules(PACKAGE / "services")
             for line, name in _imports(tree)
             if name.startswith(("contactvault.gui", "PySide6"))]
    assert not found, "\n".join(found)
