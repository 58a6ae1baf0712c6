"""One function per chart: validated records in, a ChartInput (chart, words, rows, sources) out."""

from scripts.charts.csto_contingent import csto_contingent
from scripts.charts.events_per_day import events_per_day
from scripts.charts.kazakhstan_map import kazakhstan_map
from scripts.charts.ledger import deaths_over_time, detained_over_time, injured_over_time
from scripts.charts.lpg_price import lpg_price
from scripts.charts.reactions_by_date import reactions_by_date

ALL_CHARTS = (
    kazakhstan_map,
    deaths_over_time,
    events_per_day,
    detained_over_time,
    injured_over_time,
    reactions_by_date,
    csto_contingent,
    lpg_price,
)
