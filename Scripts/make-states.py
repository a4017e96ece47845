#!/usr/bin/env python3
"""Generate Resources/states.tsv: every state that may become party to the BTAP.

Under Art. 23 of the Beijing Treaty on Audiovisual Performances any member
state of WIPO may become party to the treaty (as may the European Union, which
is listed in Resources/parties.tsv and deliberately left out here).  This
script writes one row per WIPO member state so that btap can mark a state that
never signed (e.g. Canada) when it accedes.

Inputs
------
* ``MEMBERS`` below: the WIPO member states, keyed by ISO 3166-1 alpha-2
  code, each with its btap region.  WIPO has 193 member states: the UN member
  states except the Federated States of Micronesia (FM), Palau (PW) and
  South Sudan (SS), plus the Cook Islands, the Holy See and Niue.  The State
  of Palestine is a WIPO observer, not a member, and is not listed.
* pycountry (pinned: pycountry==26.2.16, ``pip install pycountry==26.2.16``):
  every code is checked against ISO 3166-1, and a state's name is the
  pycountry short name unless ``NAME_OVERRIDES`` gives the WIPO/UN-list
  spelling (e.g. "Republic of Korea", "United States of America").
* Resources/parties.tsv (read only for checking): for every code that also
  appears there, name and region must be identical to that file's.

Regions (a simple continental grouping, not WIPO's official groups)
-------------------------------------------------------------------
Africa (all of Africa incl. North Africa and Sudan); Middle East (West-Asian
Arab states plus Israel and Iran); Asia-Pacific (East, South-East, South and
Central Asia, Afghanistan, Oceania); Europe (incl. Armenia, Azerbaijan,
Georgia, Cyprus, the Republic of Moldova, the Russian Federation, Türkiye);
Latin America & Caribbean (Mexico, Central and South America, the
Caribbean); North America (Canada and the United States of America).

Output
------
A ``#`` comment line, a header line ``name iso2 region wipo_member`` and one
tab-separated row per member, sorted by name in Unicode code point order,
UTF-8, LF line endings.  ``wipo_member`` is ``yes`` for every row.

Usage: ``python3 Scripts/make-states.py`` from the repository root (or from
anywhere: paths are resolved relative to this file).  Re-running reproduces
the file byte for byte.  The script exits non-zero if a check fails.
"""

import sys
from pathlib import Path

import pycountry

PYCOUNTRY_VERSION = "26.2.16"
CHECKED = "2026-11-25"  # date the WIPO member list below was last checked

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Resources" / "states.tsv"
PARTIES = ROOT / "Resources" / "parties.tsv"

AF = "Africa"
AP = "Asia-Pacific"
EU = "Europe"
LA = "Latin America & Caribbean"
ME = "Middle East"
NA = "North America"

# WIPO member states: ISO 3166-1 alpha-2 code -> region.
MEMBERS = {
    # Africa
    "DZ": AF, "AO": AF, "BJ": AF, "BW": AF, "BF": AF, "BI": AF, "CV": AF,
    "CM": AF, "CF": AF, "TD": AF, "KM": AF, "CG": AF, "CD": AF, "CI": AF,
    "DJ": AF, "EG": AF, "GQ": AF, "ER": AF, "SZ": AF, "ET": AF, "GA": AF,
    "GM": AF, "GH": AF, "GN": AF, "GW": AF, "KE": AF, "LS": AF, "LR": AF,
    "LY": AF, "MG": AF, "MW": AF, "ML": AF, "MR": AF, "MU": AF, "MA": AF,
    "MZ": AF, "NA": AF, "NE": AF, "NG": AF, "RW": AF, "ST": AF, "SN": AF,
    "SC": AF, "SL": AF, "SO": AF, "ZA": AF, "SD": AF, "TZ": AF, "TG": AF,
    "TN": AF, "UG": AF, "ZM": AF, "ZW": AF,
    # Middle East
    "BH": ME, "IR": ME, "IQ": ME, "IL": ME, "JO": ME, "KW": ME, "LB": ME,
    "OM": ME, "QA": ME, "SA": ME, "SY": ME, "AE": ME, "YE": ME,
    # Asia-Pacific: Asia
    "AF": AP, "BD": AP, "BT": AP, "BN": AP, "KH": AP, "CN": AP, "IN": AP,
    "ID": AP, "JP": AP, "KZ": AP, "KG": AP, "LA": AP, "MY": AP, "MV": AP,
    "MN": AP, "MM": AP, "NP": AP, "KP": AP, "KR": AP, "PK": AP, "PH": AP,
    "SG": AP, "LK": AP, "TJ": AP, "TH": AP, "TL": AP, "TM": AP, "UZ": AP,
    "VN": AP,
    # Asia-Pacific: Oceania
    "AU": AP, "CK": AP, "FJ": AP, "KI": AP, "MH": AP, "NR": AP, "NZ": AP,
    "NU": AP, "PG": AP, "WS": AP, "SB": AP, "TO": AP, "TV": AP, "VU": AP,
    # Europe
    "AL": EU, "AD": EU, "AM": EU, "AT": EU, "AZ": EU, "BY": EU, "BE": EU,
    "BA": EU, "BG": EU, "HR": EU, "CY": EU, "CZ": EU, "DK": EU, "EE": EU,
    "FI": EU, "FR": EU, "GE": EU, "DE": EU, "GR": EU, "VA": EU, "HU": EU,
    "IS": EU, "IE": EU, "IT": EU, "LV": EU, "LI": EU, "LT": EU, "LU": EU,
    "MT": EU, "MD": EU, "MC": EU, "ME": EU, "NL": EU, "MK": EU, "NO": EU,
    "PL": EU, "PT": EU, "RO": EU, "RU": EU, "SM": EU, "RS": EU, "SK": EU,
    "SI": EU, "ES": EU, "SE": EU, "CH": EU, "TR": EU, "UA": EU, "GB": EU,
    # Latin America & Caribbean
    "AG": LA, "AR": LA, "BS": LA, "BB": LA, "BZ": LA, "BO": LA, "BR": LA,
    "CL": LA, "CO": LA, "CR": LA, "CU": LA, "DM": LA, "DO": LA, "EC": LA,
    "SV": LA, "GD": LA, "GT": LA, "GY": LA, "HT": LA, "HN": LA, "JM": LA,
    "MX": LA, "NI": LA, "PA": LA, "PY": LA, "PE": LA, "KN": LA, "LC": LA,
    "VC": LA, "SR": LA, "TT": LA, "UY": LA, "VE": LA,
    # North America
    "CA": NA, "US": NA,
}

EXPECTED_COUNT = 193

# Codes that must not appear: UN members outside WIPO, and the observer.
NOT_MEMBERS = {"FM", "PW", "SS", "PS"}

# WIPO/UN-list short names where they differ from pycountry's ISO short name.
NAME_OVERRIDES = {
    "BO": "Bolivia (Plurinational State of)",
    "CD": "Democratic Republic of the Congo",
    "CZ": "Czech Republic",
    "IR": "Iran (Islamic Republic of)",
    "KP": "Democratic People's Republic of Korea",
    "KR": "Republic of Korea",
    "MD": "Republic of Moldova",
    "NL": "Netherlands (Kingdom of the)",
    "TZ": "United Republic of Tanzania",
    "US": "United States of America",
    "VA": "Holy See",
    "VE": "Venezuela (Bolivarian Republic of)",
}

REGIONS = {AF, AP, EU, LA, ME, NA}


def fail(message):
    sys.stderr.write("make-states: " + message + "\n")
    sys.exit(1)


def build_rows():
    if pycountry.__version__ != PYCOUNTRY_VERSION:
        fail("pycountry %s found, %s expected" % (pycountry.__version__, PYCOUNTRY_VERSION))
    rows = []
    for code, region in MEMBERS.items():
        country = pycountry.countries.get(alpha_2=code)
        if country is None:
            fail("%s is not an ISO 3166-1 alpha-2 code" % code)
        if region not in REGIONS:
            fail("%s: unknown region %r" % (code, region))
        name = NAME_OVERRIDES.get(code, country.name)
        rows.append((name, code, region, "yes"))
    rows.sort(key=lambda row: row[0])
    return rows


def read_parties():
    lines = PARTIES.read_text(encoding="utf-8").split("\n")
    if not lines[0].startswith("#"):
        fail("parties.tsv: first line is not a comment")
    header = lines[1].split("\t")
    if header[:3] != ["name", "iso2", "region"]:
        fail("parties.tsv: unexpected header")
    parties = {}
    for line in lines[2:]:
        if line:
            fields = line.split("\t")
            parties[fields[1]] = (fields[0], fields[2])
    return parties


def check(rows):
    if len(rows) != EXPECTED_COUNT:
        fail("%d rows, %d expected" % (len(rows), EXPECTED_COUNT))
    if len(set(MEMBERS)) != len(MEMBERS) or set(NAME_OVERRIDES) - set(MEMBERS):
        fail("member table and name overrides disagree")
    codes = [row[1] for row in rows]
    names = [row[0] for row in rows]
    if len(set(codes)) != len(codes):
        fail("duplicate codes")
    if len(set(names)) != len(names):
        fail("duplicate names")
    if NOT_MEMBERS & set(codes):
        fail("non-members listed: %s" % sorted(NOT_MEMBERS & set(codes)))
    by_code = {row[1]: row for row in rows}
    for code, (name, region) in sorted(read_parties().items()):
        if code == "EU":
            if code in by_code:
                fail("EU must not be listed")
            continue
        if code not in by_code:
            fail("%s (%s) from parties.tsv is missing" % (code, name))
        if by_code[code][0] != name or by_code[code][2] != region:
            fail("%s: %r/%r here, %r/%r in parties.tsv"
                 % (code, by_code[code][0], by_code[code][2], name, region))
    for row in rows:
        for field in row:
            if field != field.strip() or "\t" in field or "\n" in field:
                fail("bad field %r" % field)


def render(rows):
    comment = (
        "# WIPO member states (%d; as listed by WIPO, checked %s), i.e. the states "
        "that may join the BTAP under Art. 23 (the EU is in parties.tsv); names "
        "in WIPO/UN-list style and alpha-2 codes from ISO 3166-1 (pycountry %s); "
        "sorted by name in Unicode code point order"
        % (len(rows), CHECKED, PYCOUNTRY_VERSION)
    )
    lines = [comment, "name\tiso2\tregion\twipo_member"]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def main():
    rows = build_rows()
    check(rows)
    OUT.write_bytes(render(rows).encode("utf-8"))
    print("wrote %s (%d states)" % (OUT.relative_to(ROOT), len(rows)))


if __name__ == "__main__":
    main()
