"""One error family for the whole package.

Every error carries a stable code (``[E101]``) so users can search for it and tests can
assert on it; the CLI and HTTP edges turn these into one line / one JSON shape. Imports
nothing from the package.
"""

from __future__ import annotations


class GraphError(Exception):
    """Base of every error the package raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.message = message
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(f"[{self.code}] {where}{message}")

    def __reduce__(self):  # noqa: ANN204 - errors cross process boundaries (parallel builds)
        return (_rebuild, (type(self), self.message, self.path))


def _rebuild(cls: type[GraphError], message: str, path: str | None) -> GraphError:
    return cls(message, path=path)


class InputError(GraphError):
    """A document could not be read: missing, empty, binary, undecodable, unsupported."""

    code = "E100"


class MissingPathError(InputError):
    code = "E101"


class EmptyDocumentError(InputError):
    code = "E102"


class BinaryDocumentError(InputError):
    code = "E103"


class EncodingError(InputError):
    code = "E104"


class UnsupportedFormatError(InputError):
    code = "E105"


class ScannedPdfError(InputError):
    code = "E106"


class ProtectedDocumentError(InputError):
    """The file is encrypted with a password we do not have."""

    code = "E107"


class CorruptDocumentError(InputError):
    """The file is damaged, truncated, or not what its suffix says."""

    code = "E108"


class QueryError(GraphError):
    """A SPARQL query is malformed, refused or failed."""

    code = "E200"


class QueryRefusedError(QueryError):
    code = "E201"


class QueryTimeoutError(QueryError):
    code = "E202"


class GraphFileError(GraphError):
    """A built graph could not be found or parsed."""

    code = "E300"


class EvalError(GraphError):
    """A gold file is malformed."""

    code = "E400"


class ValidationError(GraphError):
    """The graph does not conform to its SHACL shapes."""

    code = "E500"


class PushError(GraphError):
    """A triple store could not be reached or refused the upload."""

    code = "E600"
