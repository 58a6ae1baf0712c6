"""Front matter of generated pages: read back and added to without touching the page's text."""

from scripts import front_matter

PAGE = '---\ntitle: "A"\nhide:\n  - navigation\n---\n\n# A\n\n---\n\nText\n'


def test_values_are_added_after_what_is_there():
    added = front_matter.add(PAGE, {"image": "a.png", "json_ld": '{"x": "<b>"}'})
    assert front_matter.read(added) == {
        "title": "A",
        "hide": ["navigation"],
        "image": "a.png",
        "json_ld": '{"x": "<b>"}',
    }
    assert added.endswith("\n# A\n\n---\n\nText\n")  # a later rule in the text is not the fence


def test_a_page_without_front_matter_gets_one():
    added = front_matter.add("# B\n", {"a": 1})
    assert added == "---\na: 1\n---\n# B\n" and front_matter.read("# B\n") == {}
