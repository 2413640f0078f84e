"""srsly's msgpack codec lookups, memoised for a run of ``--jobs``.

spaCy's worker processes send every Doc back to the main process through srsly's msgpack, and each
pack or unpack (three per Doc, each way) asks catalogue for the registered codecs: a scan of installed
packages' entry points plus a copy of catalogue's whole registry, ~0.25 ms a call, ~1.7 ms per article
for an empty Doc. The answer only changes when something is registered, which adds to the registry.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def memoised_codec_lookups() -> Iterator[None]:
    """Within the block, srsly's codec lookups are answered from a memo kept while catalogue's registry
    keeps its size (worker processes forked inside inherit it); as before afterwards."""
    import catalogue
    from srsly.msgpack import msgpack_decoders, msgpack_encoders

    registries = (msgpack_encoders, msgpack_decoders)
    for registry in registries:
        registry.get_all = _Memo(registry.get_all, catalogue.REGISTRY)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for registry in registries:
            del registry.get_all  # the class's own method again


class _Memo:
    """``get_all`` answered again only when the registry it reads has grown."""

    def __init__(self, get_all: Any, registry: dict[Any, Any]) -> None:
        self.get_all = get_all
        self.registry = registry
        self.size = -1
        self.value: dict[str, Any] = {}

    def __call__(self) -> dict[str, Any]:
        if len(self.registry) != self.size:
            self.size = len(self.registry)
            self.value = self.get_all()
        return self.value
