"""Checks PDF files against PDF/A-2b and PDF/UA-1 with page-validation (the `page` checker,
MIT, from PyPI; installed into tests/tools/.venv by scripts/install-deps.sh).

Usage: pdf_conformance.py FILE.pdf...

Prints one JSON object per file and profile on standard output:
{"file", "profile", "compliant", "rules_total", "rules_failed", "checks_failed",
 "failures": [{"rule", "message"}]}
and exits 0 when it could run the checks, whatever they found: the caller decides what a
failure means (and which rules it waives). Exits 2 when page-validation is missing.
"""

import json
import sys

try:
    import page
except ImportError:
    print("page-validation is not installed: run scripts/install-deps.sh", file=sys.stderr)
    sys.exit(2)

PROFILES = ("2b", "ua1")


def main(paths):
    for path in paths:
        for profile in PROFILES:
            report = page.validate_pdf(path, profile=profile)
            print(
                json.dumps(
                    {
                        "file": path,
                        "profile": profile,
                        "compliant": report.is_compliant,
                        "rules_total": report.rules.total,
                        "rules_failed": report.rules.failed,
                        "checks_failed": report.checks.failed,
                        "failures": [
                            {"rule": f.rule_id, "message": f.message} for f in report.failures
                        ],
                    }
                )
            )


if __name__ == "__main__":
    main(sys.argv[1:])
