#!/usr/bin/env python3
"""Adds the goal pictures' benchmark indicator (issue 18) to a database that holds the demo region.

    bench/goals-indicator.py sqlite:///tmp/x/lp.db          # or postgresql://…, as LP_DATABASE_URL
    -> prints the new indicator's id

One monthly indicator on the first strategy track of the first goal picture, broken down by 20 units
(the first 20 centres of the hospitals, by id, so the values roll up centre -> hospital ->
Hospitalerne -> the region), with five years of values (60 periods x 20 units = 1,200 measurements,
none for the region as a whole) up to the last ended month, and a comment on every red value. The
values are drawn from a fixed seed, so every run writes the same series for the same month.

Written straight into the tables of migration 022 (before the server starts, so no cache sees it): the
benchmark needs exactly this shape, which the demo data does not have, and the portal offers no
command for it. Run after `migrate` and `demo-data`.
"""
import datetime
import random
import sqlite3
import subprocess
import sys

NAME = "Ventetid til første ambulante besøg (benchmark: 60 måneder × 20 enheder)"
UNITS = 20
MONTHS = 60


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    url = sys.argv[1]
    if url.startswith("sqlite://"):
        connection = sqlite3.connect(url[len("sqlite://"):])

        def query(sql):
            return connection.execute(sql).fetchall()

        def execute(script):
            connection.executescript("BEGIN;\n" + script + "\nCOMMIT;")
    elif url.startswith("postgres"):
        def query(sql):
            out = subprocess.run(["psql", "-X", "-q", "-t", "-A", "-F", "|", "-d", url, "-c", sql], check=True,
                                 capture_output=True, text=True).stdout
            return [tuple(line.split("|")) for line in out.splitlines() if line]

        def execute(script):
            subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-d", url], input=script, check=True,
                           capture_output=True, text=True)
    else:
        print(f"goals-indicator.py: not a database URL: {url}", file=sys.stderr)
        return 2

    track = query("SELECT t.track_id FROM goal_picture_version_tracks t"
                  " JOIN goal_picture_versions v ON v.id = t.version_id"
                  " JOIN goal_pictures p ON p.id = v.goal_picture_id"
                  " WHERE v.status = 'published' ORDER BY p.position, v.number DESC, t.position LIMIT 1")
    owner = query("SELECT id FROM units WHERE external_id = 'HOSP'")
    units = query("SELECT c.id FROM units c JOIN units h ON h.id = c.parent_id JOIN units a ON a.id = h.parent_id"
                  f" WHERE a.external_id = 'HOSP' AND c.active = {'TRUE' if url.startswith('postgres') else '1'}"
                  f" ORDER BY c.id LIMIT {UNITS}")
    if not track or not owner or len(units) < UNITS:
        print(f"goals-indicator.py: no goal picture, or fewer than {UNITS} hospital centres (run demo-data "
              "--size default first)", file=sys.stderr)
        return 1
    track, owner, units = int(track[0][0]), int(owner[0][0]), [int(row[0]) for row in units]

    today = datetime.date.today()
    last = today.year * 12 + today.month - 2  # the last ended month, counted from year 0
    periods = [(m // 12, m % 12 + 1) for m in range(last - MONTHS + 1, last + 1)]
    now = int(datetime.datetime.now(datetime.timezone.utc).timestamp())
    created = now - 6 * 365 * 86400
    green, red = 30, 45  # days, lower is better

    rows, comments = [], []
    rng = random.Random(18)
    levels = [rng.uniform(26, 42) for _ in units]
    for index, (year, month) in enumerate(periods):
        code = f"{year:04d}-{month:02d}"
        recorded = min(now, int(datetime.datetime(year, month, 28, tzinfo=datetime.timezone.utc).timestamp())
                       + 12 * 86400)
        for unit, level in zip(units, levels):
            value = round(max(0.0, level - 4 * index / MONTHS + 3 * (month in (7, 8)) + rng.gauss(0, 2.5)))
            rows.append(f"({{id}}, '{code}', {unit}, {value}, 'demo', 'Benchmark', {recorded})")
            if value >= red:
                comments.append(f"({{id}}, '{code}', {unit}, 'Ferieafvikling og en vakant stilling', "
                                f"'Ekstra ambulatoriedage og omfordeling af henvisninger', 'Benchmark', {recorded})")

    execute(
        "INSERT INTO indicators (track_id, name, definition, measure_unit, direction, frequency, decimals, target,"
        " target_date, green_threshold, red_threshold, plausible_min, plausible_max, owner_unit_id, data_source,"
        " breakdown, rollup, created_by_name, created_at, updated_by_name, updated_at)"
        f" VALUES ({track}, '{NAME}', 'Mediantiden i dage fra modtaget henvisning til første ambulante besøg.',"
        f" 'dage', 'lavere-er-bedre', 'maanedlig', 0, 25, '2028-12-31', {green}, {red}, 0, 365, {owner},"
        f" 'LPR via regionens datavarehus', 'enheder', 'gennemsnit', 'Benchmark', {created}, 'Benchmark', {created});\n")
    indicator = int(query(f"SELECT MAX(id) FROM indicators WHERE name = '{NAME}'")[0][0])
    script = "".join(f"INSERT INTO indicator_units (indicator_id, unit_id) VALUES ({indicator}, {unit});\n"
                     for unit in units)
    script += ("INSERT INTO indicator_measurements (indicator_id, period, unit_id, value, source, recorded_by_name,"
               " recorded_at) VALUES\n" + ",\n".join(rows).replace("{id}", str(indicator)) + ";\n")
    if comments:
        script += ("INSERT INTO indicator_comments (indicator_id, period, unit_id, cause, action, author_name,"
                   " created_at) VALUES\n" + ",\n".join(comments).replace("{id}", str(indicator)) + ";\n")
    execute(script)
    print(indicator)
    print(f"goals-indicator.py: indicator {indicator}: {len(periods)} months x {len(units)} units = {len(rows)} "
          f"measurements, {len(comments)} comments", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
