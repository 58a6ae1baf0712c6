from scripts.yaml_source import read_records


def errors_of(tmp_path, content: bytes | str):
    path = tmp_path / "events.yaml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    records, errors = read_records(path, "data/events.yaml")
    return records, [str(error) for error in errors]


def test_records_keep_their_lines(tmp_path):
    records, errors = errors_of(tmp_path, "# comment\n- id: a\n  title: A\n- id: b\n  title: B\n")
    assert errors == []
    assert [r.line for r in records] == [2, 4]
    assert records[1].line_of("title") == 5


def test_dates_stay_text_for_the_models(tmp_path):
    records, _ = errors_of(tmp_path, "- start: 2022-01-05\n  n: 3\n  ok: true\n")
    assert records[0].data == {"start": "2022-01-05", "n": 3, "ok": True}


def test_syntax_error_names_line_and_column(tmp_path):
    _, errors = errors_of(tmp_path, "- id: a\n  title: [unclosed\n- id: b\n")
    assert len(errors) == 1 and errors[0].startswith("data/events.yaml:3: column")
    assert "YAML syntax error" in errors[0]


def test_tab_indentation(tmp_path):
    _, errors = errors_of(tmp_path, "- id: a\n\ttitle: A\n")
    assert errors == ["data/events.yaml:2: column 1: a tab is used for indentation; indent with spaces only"]


def test_empty_file(tmp_path):
    for text in ("", "\n\n", "# only a comment\n"):
        _, errors = errors_of(tmp_path, text)
        assert errors and "the file is empty" in errors[0]


def test_non_utf8_bytes_name_their_line(tmp_path):
    _, errors = errors_of(tmp_path, b"- id: a\n  title: caf\xe9\n")
    assert errors == ["data/events.yaml:2: the file is not UTF-8 text (save it as UTF-8)"]


def test_aliases_are_refused_where_they_are_used(tmp_path):
    _, errors = errors_of(tmp_path, "- id: a\n  title: &t A\n- id: b\n  title: *t\n")
    assert errors == ["data/events.yaml:4: YAML aliases ('*name') are not allowed; write the value out"]


def test_python_tags_construct_nothing(tmp_path):
    _, errors = errors_of(tmp_path, "- id: !!python/object/apply:os.system ['echo hi']\n")
    assert len(errors) == 1 and "YAML tags" in errors[0] and "not allowed" in errors[0]


def test_merge_keys_and_duplicate_fields(tmp_path):
    _, errors = errors_of(tmp_path, "- id: a\n  id: b\n")
    assert errors == ["data/events.yaml:2: the field 'id' is given twice in this record"]


def test_a_mapping_is_the_wrong_format(tmp_path):
    _, errors = errors_of(tmp_path, "id: a\ntitle: A\n")
    assert "should be a list of records" in errors[0]


def test_a_csv_is_the_wrong_format(tmp_path):
    _, errors = errors_of(tmp_path, "id,title\na,A\n")
    assert "should be a list of records" in errors[0]
