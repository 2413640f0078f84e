"""Write outputs so that a failed or interrupted run leaves no partial file and keeps the old one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quizgen.errors import OutputError


class StagedOutputs:
    """Hands out temporary paths beside their targets; ``commit`` renames them all into place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._staged: list[tuple[Path, Path]] = []

    def path(self, filename: str) -> Path:
        """A temporary path to write ``filename``'s content to."""
        if Path(filename).name != filename or filename in ("", ".", ".."):
            raise OutputError(f"{filename}: an output name must be a plain file name")
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{filename}.", suffix=".part", dir=self.folder)
        except OSError as exc:
            raise OutputError(f"{self.folder}: cannot write here ({exc.strerror})") from None
        os.close(fd)
        self._staged.append((Path(tmp), self.folder / filename))
        return Path(tmp)

    def commit(self) -> list[Path]:
        """Move every staged file to its final name (each rename is atomic)."""
        done = []
        mode = 0o666 & ~_umask()  # mkstemp makes owner-only files; outputs get the usual permissions
        for tmp, final in self._staged:
            try:
                os.chmod(tmp, mode)
                os.replace(tmp, final)
            except OSError as exc:
                raise OutputError(f"{final}: cannot write ({exc.strerror})") from None
            done.append(final)
        self._staged.clear()
        return done

    def discard(self) -> None:
        """Remove every staged file that was not committed."""
        for tmp, _ in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()


@contextmanager
def staged_outputs(folder: Path) -> Iterator[StagedOutputs]:
    """Stage outputs in ``folder``; they replace their targets only if the block finishes.

    If the block fails, the temporary files go, and so does ``folder`` if this call created it.
    """
    created = _missing_parents(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder ({exc.strerror})") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: the output folder is not writable")
    stage = StagedOutputs(folder)
    try:
        yield stage
        stage.commit()
    except BaseException:
        stage.discard()
        for made in created:  # deepest first; a folder that is not empty stays
            try:
                made.rmdir()
            except OSError:
                break
        raise
    finally:
        stage.discard()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _missing_parents(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that do not exist yet, deepest first."""
    missing = []
    try:
        for path in (folder, *folder.parents):
            if path.exists() or path.is_symlink():
                break
            missing.append(path)
    except OSError:  # e.g. a name too long: creating the folder fails next, with a clear message
        return []
    return missing
