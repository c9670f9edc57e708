"""Charts for the overview, behind one small interface: ``ChartPanel.set_chart(Chart)``.

Nothing else in the app imports QtCharts (from the PySide6-Addons wheel): if it ever had to go, or
be replaced by painting with QPainter, this module is the only one to change. QtCharts is imported
the first time a chart is drawn, after the window has painted, so it costs the start-up nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from hanoi_desk.domain.overview import Chart, group_thousands


def _charts() -> Any:
    import PySide6.QtCharts as QtCharts  # Addons: loaded on first use, not at start-up

    return QtCharts


class ChartPanel(QWidget):
    """One chart, or a sentence when there is nothing to draw yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None
        self._view: Any = None
        self._layout = QStackedLayout(self)
        self.empty_note = QLabel()
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: #5f6368; border: 1px solid #d0d0d0; border-radius: 4px;")
        self._layout.addWidget(self.empty_note)
        self.setMinimumHeight(220)
        self.setMaximumHeight(300)  # the figures beside them stay in view on a 768-pixel screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def chart(self) -> Chart | None:
        return self._chart

    def show_empty(self, text: str) -> None:
        self.empty_note.setText(text)
        self._layout.setCurrentWidget(self.empty_note)

    def set_chart(self, chart: Chart) -> None:
        self._chart = chart
        self.setAccessibleName(chart.title)
        self.setToolTip(_describe(chart))
        if chart.total == 0:
            self.show_empty(f"<b>{chart.title}</b><br>{chart.empty_text}")
            return
        qt = _charts()
        if self._view is None:
            self._view = qt.QChartView()
            self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._layout.addWidget(self._view)
        self._view.setChart(_build(qt, chart))
        self._layout.setCurrentWidget(self._view)

    def grab_chart(self) -> Any:
        return self.grab()


def _describe(chart: Chart) -> str:
    """The chart as words (a tooltip, and what a screen reader reads)."""
    lines = [chart.title]
    for index, category in enumerate(chart.categories):
        values = ", ".join(f"{s.name}: {group_thousands(s.values[index])}" for s in chart.series)
        lines.append(f"{category} — {values}")
    return "\n".join(lines)


def _build(qt: Any, chart: Chart) -> Any:
    view = qt.QChart()
    view.setTitle(chart.title)
    title_font = QFont(view.titleFont())
    title_font.setBold(True)
    view.setTitleFont(title_font)
    view.setMargins(QMargins(4, 4, 4, 4))
    view.setBackgroundRoundness(4)
    view.setAnimationOptions(qt.QChart.AnimationOption.NoAnimation)
    horizontal = chart.kind in ("stacked", "funnel")
    if chart.kind == "stacked":
        series = qt.QHorizontalStackedBarSeries()
    elif chart.kind == "funnel":
        series = qt.QHorizontalBarSeries()
    else:
        series = qt.QBarSeries()
    # Horizontal bars are drawn from the bottom up: reverse, so the first category reads on top.
    order = list(range(len(chart.categories)))
    if horizontal:
        order.reverse()
    for data in chart.series:
        bar_set = qt.QBarSet(data.name)
        for index in order:
            bar_set.append(data.values[index])
        if data.colour:
            bar_set.setColor(QColor(data.colour))
            bar_set.setBorderColor(QColor(data.colour))
        bar_set.setLabelColor(QColor("#ffffff" if chart.kind == "stacked" else "#1a1a1a"))
        series.append(bar_set)
    # Stacked segments can be a few pixels wide: their numbers are in the tooltip and the figures.
    series.setLabelsVisible(chart.kind != "stacked")
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(12)  # "1234", not "1.23e+03"
    if chart.kind != "stacked":
        series.setLabelsPosition(qt.QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.6)
    view.addSeries(series)
    categories = qt.QBarCategoryAxis()
    categories.append([chart.categories[i] for i in order])
    values = qt.QValueAxis()
    biggest = max((sum(s.values[i] for s in chart.series) for i in range(len(chart.categories))), default=0)
    values.setRange(0, max(1, biggest) * 1.15)  # room for the labels past the longest bar
    values.setLabelFormat("%d")
    values.setTickCount(5)
    values.applyNiceNumbers()
    values.setLabelFormat("%d")
    if horizontal:
        view.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        view.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    else:
        view.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        view.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    legend = view.legend()
    legend.setVisible(len(chart.series) > 1)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return view
