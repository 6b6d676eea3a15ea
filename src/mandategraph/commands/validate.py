from __future__ import annotations

import argparse
import json

from mandategraph.cli import COMMANDS, FINDINGS, OK, CommandError
from mandategraph.validate import ValidationReport, validate_built


def add(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("validate", help=COMMANDS["validate"])
    p.add_argument("--format", choices=("text", "json", "html"), default="text",
                   help="html only with --summary")
    p.add_argument("--full", action="store_true",
                   help="validate the whole graph again now (by default: the report its build recorded, "
                        "which an incremental build computed from what changed; the same findings)")
    p.add_argument("--summary", action="store_true",
                   help="completeness dashboard per body and per session, with the findings grouped")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.summary:
        return run_summary(args)
    if args.format == "html":
        raise CommandError("--format html: only with --summary")
    report = validate_built(full=args.full)
    print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if args.format == "json"
          else report_text(report))
    return OK if report.conforms else FINDINGS


def report_text(report: ValidationReport) -> str:
    lines = [f"{'conforms' if report.conforms else 'does not conform'}: {report.violations} violations, "
             f"{len(report.findings) - report.violations} other findings, "
             f"{report.focus_nodes_checked} focus nodes checked"]
    for group in report.groups:
        lines.append(f"\n{group.severity} x{group.count}  {group.shape}\n  {group.message}")
        for focus in group.focus_nodes[:5]:
            lines.append(f"    - {focus}")
        if len(group.focus_nodes) > 5:
            lines.append(f"    ... and {len(group.focus_nodes) - 5} more")
    return "\n".join(lines)


def run_summary(args: argparse.Namespace) -> int:
    from mandategraph.dashboard import dashboard_html, dashboard_json, dashboard_text, summary_built

    dashboard = summary_built()
    print({"text": dashboard_text, "json": dashboard_json, "html": dashboard_html}[args.format](dashboard))
    return OK if dashboard.conforms else FINDINGS
