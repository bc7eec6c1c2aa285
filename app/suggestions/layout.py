"""Words with positions -> lines of text a regular expression can read.

A line is the words whose boxes share a band of the page, left to right. Its text joins
them with a space where they are as close as words in a sentence, and with a tab where
there is a wider gap (a table column, a label and its value on the other side of the
page): an amount "1 234,56" or a date "24. november 2026" can span a space, never a tab.
Every match in the text maps back to a box on the page (``Line.box``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.suggestions.model import Box, PageWords, Word

__all__ = ["Line", "page_lines", "words_from_text"]

# A gap wider than this many average character widths separates columns, not words.
COLUMN_GAP_CHARS = 1.6
# Words belong to the same line when their boxes overlap vertically by this much of the
# smaller height.
SAME_LINE_OVERLAP = 0.5


@dataclass(slots=True)
class Line:
    page: int
    index: int  # top to bottom on its page
    words: list[Word]  # left to right
    text: str = ""
    offsets: list[int] = field(default_factory=list)  # where each word starts in text
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def box(self, start: int, end: int) -> Box:
        """The box of ``text[start:end]`` (parts of words by their share of letters)."""
        x0 = y0 = float("inf")
        x1 = y1 = float("-inf")
        first = max(0, bisect_right(self.offsets, start) - 1)
        for i in range(first, len(self.words)):
            word, offset = self.words[i], self.offsets[i]
            if offset >= end:
                break
            w_end = offset + len(word.text)
            if w_end <= start:
                continue
            width = (word.x1 - word.x0) / max(len(word.text), 1)
            left = word.x0 + width * max(0, start - offset)
            right = word.x1 - width * max(0, w_end - end)
            x0, x1 = min(x0, left), max(x1, right)
            y0, y1 = min(y0, word.y0), max(y1, word.y1)
        if x0 > x1:  # nothing there (cannot happen for a match inside the text)
            return Box(self.page, self.x0, self.y0, self.x0, self.y1)
        return Box(self.page, x0, y0, x1, y1)


def _char_width(word: Word) -> float:
    return (word.x1 - word.x0) / max(len(word.text), 1)


def _finish(line: Line) -> Line:
    line.words.sort(key=lambda w: w.x0)
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    previous: Word | None = None
    for word in line.words:
        if previous is not None:
            gap = word.x0 - previous.x1
            char = (_char_width(word) + _char_width(previous)) / 2
            separator = "\t" if gap > COLUMN_GAP_CHARS * char else " "
            parts.append(separator)
            position += 1
        offsets.append(position)
        parts.append(word.text)
        position += len(word.text)
        previous = word
    line.text = "".join(parts)
    line.offsets = offsets
    line.x0 = min(w.x0 for w in line.words)
    line.x1 = max(w.x1 for w in line.words)
    line.y0 = min(w.y0 for w in line.words)
    line.y1 = max(w.y1 for w in line.words)
    return line


def _usable(word: Word) -> bool:
    text, x0, y0, x1, y1 = word
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0 or not text or text.isspace():
        return False
    # Vertical text (a word standing on its side) is not read.
    return not (height > 1.5 * width and len(text) >= 3)


def page_lines(page: PageWords) -> list[Line]:
    """The page's words grouped into lines, top to bottom."""
    words = sorted(filter(_usable, page.words), key=lambda w: w.y0 + w.y1)
    lines: list[Line] = []
    current: list[Word] = []
    band_y0 = band_y1 = 0.0
    for word in words:
        if current:
            overlap = min(band_y1, word.y1) - max(band_y0, word.y0)
            smaller = min(band_y1 - band_y0, word.y1 - word.y0)
            if overlap >= SAME_LINE_OVERLAP * smaller:
                current.append(word)
                continue
            lines.append(_finish(Line(page.index, len(lines), current)))
        current = [word]
        band_y0, band_y1 = word.y0, word.y1
    if current:
        lines.append(_finish(Line(page.index, len(lines), current)))
    return lines


def words_from_text(text: str, *, index: int = 0, char_width: float = 6.0,
                    line_height: float = 12.0) -> PageWords:
    """Plain text (an e-mailed receipt) as a page of monospaced words, so the finder can
    read it like a PDF: one character is ``char_width`` points, one line
    ``line_height``."""
    words: list[Word] = []
    lines = text.expandtabs(8).splitlines()
    for row, line in enumerate(lines):
        column = 0
        for token in _tokens(line):
            start = line.index(token, column)
            y0 = row * line_height
            words.append(Word(token, start * char_width, y0,
                              (start + len(token)) * char_width, y0 + line_height * 0.8))
            column = start + len(token)
    width = max((len(line) for line in lines), default=0) * char_width
    return PageWords(index, max(width, char_width), max(len(lines), 1) * line_height,
                     tuple(words))


def _tokens(line: str) -> Iterable[str]:
    return line.split()


def all_lines(pages: Sequence[PageWords]) -> list[list[Line]]:
    return [page_lines(page) for page in pages]
