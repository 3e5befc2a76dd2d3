"""Disjoint sets over ``0..n-1`` (union-find with path halving), for grouping names and articles."""

from __future__ import annotations

from collections.abc import Iterable


class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        """Join the sets of ``a`` and ``b``; the smaller index becomes the root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self, members: Iterable[int] | None = None) -> list[list[int]]:
        """The sets (of ``members``, default all), each in index order, ordered by first member."""
        out: dict[int, list[int]] = {}
        for x in range(len(self.parent)) if members is None else members:
            out.setdefault(self.find(x), []).append(x)
        return sorted(out.values(), key=lambda g: g[0])
