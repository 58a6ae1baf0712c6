"""The theme's HTML, corrected where its templates cannot be overridden."""

from scripts.html_fixes import corrected, deferred_theme_script, valid_html


def test_checkbox_toggles_lose_autocomplete_and_leave_the_accessibility_tree():
    html = '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
    fixed = valid_html(html)
    assert "autocomplete" not in fixed and 'aria-hidden="true"' in fixed
    search = '<input type="text" class="md-search__input" autocomplete="off">'
    assert valid_html(search) == search  # a text field keeps it
    toc = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
    assert valid_html(toc).count("aria-hidden") == 1 and valid_html(valid_html(toc)).count("aria-hidden") == 1


def test_a_table_of_contents_title_points_at_its_toggle_only_where_the_page_has_one():
    label = '<label class="md-nav__title" for="__toc">'
    toggle = '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
    assert valid_html(label) == '<label class="md-nav__title">'  # a page outside the navigation
    assert label in valid_html(toggle + label)


def test_the_theme_bundle_is_deferred_once_and_other_scripts_are_left_alone():
    bundle = '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>'
    assert deferred_theme_script(bundle) == '<script src="../assets/javascripts/bundle.a5f9d56c.min.js" defer></script>'
    assert deferred_theme_script(deferred_theme_script(bundle)) == deferred_theme_script(bundle)
    ours = '<script src="../assets/edition-switch.js"></script>'
    assert deferred_theme_script(ours) == ours  # runs before the bundle on purpose


def test_corrected_applies_every_fix():
    page = ('<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
            '<script src="assets/javascripts/bundle.a5f9d56c.min.js"></script>')  # fmt: skip
    assert corrected(page) == deferred_theme_script(valid_html(page))
    assert "autocomplete" not in corrected(page) and " defer>" in corrected(page)
