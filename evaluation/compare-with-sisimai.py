#!/usr/bin/env python3
"""Compares `smtpcodes bounce <folder> --json` with `sisimai-decode <folder>` recipient by recipient.

Usage: evaluation/compare-with-sisimai.py OURS.jsonl SISIMAI.jsonl
Both files are JSON Lines, one object per recipient. Recipients are paired by file name and address (ignoring case).
Prints how many each reports, how many pair up, and on those the agreement on reply code, status, reason and hard/soft,
then the reason disagreements.
"""
import collections, json, os, sys

def load(path, file_key, recipient_key):
    rows = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        key = (os.path.basename(r.get(file_key) or ""), (r.get(recipient_key) or "").lower())
        rows.setdefault(key, r)
    return rows

ours = load(sys.argv[1], "file", "recipient")
peer = load(sys.argv[2], "file", "recipient")
both = sorted(set(ours) & set(peer))
print(f"sisimai-decode: {len(peer)} recipients; smtpcodes: {len(ours)}; the same address in the same file: {len(both)}")

def code(v):
    return "" if v in (None, "", 0) else str(v)

agree = collections.Counter()
differ = collections.Counter()
for k in both:
    o, p = ours[k], peer[k]
    agree["reply code"] += code(o.get("code")) == code(p.get("replycode"))
    agree["status"] += (o.get("status") or "") == (p.get("status") or "")
    agree["reason"] += (o.get("reason") or "undefined").lower() == (p.get("reason") or "").lower()
    agree["hard/soft"] += bool(o.get("hardBounce")) == bool(p.get("hardbounce"))
    if (o.get("reason") or "undefined").lower() != (p.get("reason") or "").lower():
        differ[(p.get("reason"), (o.get("reason") or "undefined").lower())] += 1
for name, n in agree.items():
    print(f"{name:10} {n}/{len(both)} {100.0 * n / max(1, len(both)):.1f}%")
print("reason differences (sisimai -> ours):")
for (a, b), n in differ.most_common():
    print(f"  {a} -> {b}: {n}")
