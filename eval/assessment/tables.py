#!/usr/bin/env python3
"""Prints the Markdown tables of eval/assessment/README.md from `./fusion backtest` JSON.

    python3 eval/assessment/tables.py /tmp/backtest-30.json
"""
import json
import sys

COLUMNS = [
    ("crps", "CRPS"), ("relative_crps_improvement", "vs ref"), ("mae", "MAE"), ("rmse", "RMSE"),
    ("log_score", "log score"), ("coverage_80", "cov 80"), ("coverage_95", "cov 95"),
    ("randomised_coverage_80", "PIT cov 80"), ("brier_any", "Brier ≥1"), ("auc_any", "AUC ≥1"),
    ("brier_fatal", "Brier fatal"), ("auc_fatal", "AUC fatal"),
]


def cell(estimate, interval):
    if estimate is None:
        return "–"
    if not interval:
        return "%.3f" % estimate["value"]
    return "%.3f [%.3f, %.3f]" % (estimate["value"], estimate["low"], estimate["high"])


def table(report, part, interval_columns):
    print("| model | " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for name, model in report["models"].items():
        metrics = part(model)
        if metrics is None:
            continue
        print("| %s | %s |" % (name, " | ".join(
            cell(metrics[key], key in interval_columns) for key, _ in COLUMNS)))


def main(path):
    with open(path, encoding="utf-8") as source:
        report = json.load(source)
    print("%d origins × %d districts, %d-day windows every %d days, %s … %s; reference %s; %d bootstrap replicates"
          % (report["origins"], report["districts"], report["horizon_days"], report["step_days"], report["from"],
             report["to"], report["reference"], report["bootstrap_replicates"]))
    print()
    table(report, lambda model: model["overall"], {"crps", "relative_crps_improvement", "coverage_80",
                                                    "randomised_coverage_80"})
    provinces = sorted({p for model in report["models"].values() for p in model["by_province"]})
    if len(provinces) > 1:
        for province in provinces:
            print()
            print("Province %s:" % province)
            print()
            table(report, lambda model: model["by_province"].get(province), {"crps", "relative_crps_improvement"})


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: tables.py BACKTEST.json")
    main(sys.argv[1])
