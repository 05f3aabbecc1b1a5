#!/usr/bin/env python3
"""Check the hand-written figure test sets: python3 validate.py [-v]"""
import glob, json, os, re, sys

KINDS = {"killed", "injured", "detained", "missing", "displaced", "evacuated", "affected"}
GROUPS = {"security_forces", "protesters", "civilians", "attackers", "children", "journalists", "unspecified"}
QUALS = {"exact", "at_least", "at_most", "more_than", "fewer_than", "about", "up_to", "vague"}
VAGUE = {(2, 9), (20, 99), (200, 999), (2000, 9999), (20000, 99999), (200000, 999999)}
KEYS = {"kind", "min", "max", "qualifier", "vague", "group", "cumulative"}
LANGS = "en fr es pt it de nl ro pl cs hu el bg sv uk ru tr ar fa zh ja hi id sw kk da fi et lt lv hr sk sl".split()

here = os.path.dirname(os.path.abspath(__file__))
errors, table = [], []
for lang in LANGS:
    path = os.path.join(here, lang + ".jsonl")
    if not os.path.exists(path):
        errors.append(f"{lang}: missing file"); continue
    rows, texts = [], set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        where = f"{lang}.jsonl:{n}"
        try:
            r = json.loads(line)
        except ValueError as e:
            errors.append(f"{where}: bad JSON: {e}"); continue
        rows.append(r)
        if r.get("lang") != lang: errors.append(f"{where}: lang {r.get('lang')!r}")
        if not isinstance(r.get("text"), str) or not r["text"].strip(): errors.append(f"{where}: empty text")
        if r.get("text") in texts: errors.append(f"{where}: duplicate text")
        texts.add(r.get("text"))
        if set(r) - {"lang", "text", "figures", "note"}: errors.append(f"{where}: extra keys {set(r) - {'lang','text','figures','note'}}")
        if not isinstance(r.get("figures"), list): errors.append(f"{where}: figures not a list"); continue
        for f in r["figures"]:
            if set(f) != KEYS: errors.append(f"{where}: figure keys {sorted(f)}")
            if f.get("kind") not in KINDS: errors.append(f"{where}: kind {f.get('kind')!r}")
            if f.get("group") not in GROUPS: errors.append(f"{where}: group {f.get('group')!r}")
            q = f.get("qualifier")
            if q not in QUALS: errors.append(f"{where}: qualifier {q!r}")
            mn, mx = f.get("min"), f.get("max")
            if not isinstance(mn, int) or mn < 0: errors.append(f"{where}: min {mn!r}")
            if mx is not None and (not isinstance(mx, int) or mx < mn): errors.append(f"{where}: max {mx!r} < min {mn!r}")
            if q in ("at_least", "more_than") and mx is not None: errors.append(f"{where}: {q} needs max null")
            if q not in ("at_least", "more_than") and mx is None: errors.append(f"{where}: {q} needs a max")
            if (q == "vague") != (f.get("vague") is True): errors.append(f"{where}: vague flag and qualifier disagree")
            if q == "vague" and (mn, mx) not in VAGUE: errors.append(f"{where}: vague range {mn}-{mx} not a convention")
            # an explicit range ("between 30 and 40") is exact from min to max
            if q not in ("vague", "exact") and mx is not None and mx != mn: errors.append(f"{where}: non-vague range {mn}-{mx}")
            if not isinstance(f.get("cumulative"), bool): errors.append(f"{where}: cumulative not bool")
    figs = [f for r in rows for f in r.get("figures", [])]
    negs = sum(1 for r in rows if r.get("figures") == [])
    kinds = {k: sum(1 for f in figs if f.get("kind") == k) for k in KINDS}
    if len(rows) < 30: errors.append(f"{lang}: only {len(rows)} sentences")
    if negs < 8: errors.append(f"{lang}: only {negs} negatives")
    for k in KINDS:
        if kinds[k] == 0: errors.append(f"{lang}: no {k} figure")
    for k in ("detained", "missing"):
        if kinds[k] < 2: errors.append(f"{lang}: fewer than 2 {k}")
    if kinds["displaced"] + kinds["evacuated"] < 2: errors.append(f"{lang}: fewer than 2 displaced/evacuated")
    table.append((lang, len(rows), len(figs), negs, sum(1 for f in figs if f.get("vague")),
                  sum(1 for f in figs if f.get("cumulative")), kinds))

print("lang sentences figures negatives vague cumulative | killed injured detained missing displaced evacuated affected")
for lang, s, f, n, v, c, k in table:
    print(f"{lang:4} {s:9} {f:7} {n:9} {v:5} {c:10} | " + " ".join(str(k[x]) for x in
          ("killed", "injured", "detained", "missing", "displaced", "evacuated", "affected")))
print("total", sum(t[1] for t in table), "sentences,", sum(t[2] for t in table), "figures,", sum(t[3] for t in table), "negatives")
for e in errors: print("ERROR", e)
sys.exit(1 if errors else 0)
