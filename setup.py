"""The wheel ships what an installed mandategraph needs outside a checkout (see project.py):
the ontology and shapes, the named queries, the repository's curated data and source texts, and
the dataset built from them, written into ``mandategraph/shipped/`` when the wheel is built.
An editable install reads the checkout instead and ships nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED_FILES = {  # folder in the checkout -> the files of it that are shipped
    "ontology": ("*.ttl",),
    "queries": ("*.rq", "README.md"),
    "data/curated": ("*.ttl",),
    "data/sources": ("*",),
}


# The library's build, not the CLI (whose other commands import what building does not need).
BUILD = ("from mandategraph.build import build\n"
         "raise SystemExit(0 if build().validation.conforms else 1)\n")


class build_py_with_data(build_py):  # noqa: N801 (setuptools' naming)
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "mandategraph" / "shipped"
        shutil.rmtree(target, ignore_errors=True)
        for folder, patterns in SHIPPED_FILES.items():
            (target / folder).mkdir(parents=True, exist_ok=True)
            for pattern in patterns:
                for path in sorted((ROOT / folder).glob(pattern)):
                    if path.is_file():
                        shutil.copy2(path, target / folder / path.name)
        with tempfile.TemporaryDirectory() as build_dir:
            env = {**os.environ, "MANDATEGRAPH_HOME": str(target), "MANDATEGRAPH_BUILD": build_dir,
                   # pip's isolated build environment is on PYTHONPATH too: keep it
                   "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
            done = subprocess.run([sys.executable, "-c", BUILD], env=env, capture_output=True, text=True)
            if done.returncode != 0:  # 1: the repository's own data does not conform; 2: bad input
                raise SystemExit(f"mandategraph build of the shipped dataset failed:\n{done.stdout}{done.stderr}")
            current = Path(build_dir) / "current"
            # the dump is the dataset; the run's on-disk store (store/) is a cache the wheel need not carry
            shutil.copytree(current.resolve(), target / "dataset", ignore=shutil.ignore_patterns("store"))


setup(cmdclass={"build_py": build_py_with_data})
