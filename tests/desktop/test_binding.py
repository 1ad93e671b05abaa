"""Guards against a Qt binding that mishandles references (PySide6 6.12.0 dropped one to None
on each QPainter.drawLine/setPen and QTextDocument.drawContents call; on Python 3.11 that
crashes the app once None's count runs out, for example while writing a long PDF)."""

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument


def test_painting_calls_keep_the_reference_count_of_none(qapp):
    image = QImage(50, 50, QImage.Format.Format_ARGB32)
    document = QTextDocument()
    document.setPlainText("Confidential supervision material")
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.setPen(Qt.GlobalColor.darkGray)
        painter.drawLine(0, 0, 10, 10)
        document.drawContents(painter, QRectF(0, 0, 50, 50))
    after = sys.getrefcount(None)
    painter.end()
    assert abs(after - before) < 100
