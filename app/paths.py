"""Where the program keeps its files: per-user data and cache folders (platformdirs)."""

from __future__ import annotations

from pathlib import Path

import msgspec

APP_NAME = "MultiRegnskabDesktop"
APP_AUTHOR = "MultiRegnskab"


class AppPaths(msgspec.Struct, frozen=True):
    data_dir: Path  # upload queue, drafts, remembered accounts: must survive
    cache_dir: Path  # document bodies and thumbnails: may be thrown away

    @classmethod
    def for_user(cls) -> AppPaths:
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder (tests, portable use)."""
        return cls(data_dir=root / "data", cache_dir=root / "cache")

    def ensure(self) -> AppPaths:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        return self
