"""The GitHub Pages workflow is valid YAML, builds with the README's command and publishes site/."""

import yaml

from tests.conftest import ROOT


def test_the_pages_workflow_builds_with_the_readme_command_and_deploys_site():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    assert any(step.get("run") == "bash run.sh build" for step in steps)
    assert "bash run.sh build" in (ROOT / "README.md").read_text(encoding="utf-8")
    uses = [step.get("uses", "") for job in workflow["jobs"].values() for step in job["steps"]]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert workflow["permissions"]["pages"] == "write" and workflow["permissions"]["id-token"] == "write"
