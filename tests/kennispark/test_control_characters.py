"""Control characters are refused in every text field of every form and serializer, installed once."""

import pytest
from django import forms
from rest_framework import serializers


class _Form(forms.Form):
    name = forms.CharField()
    notes = forms.CharField(widget=forms.Textarea, required=False)
    code = forms.RegexField(regex=r".*", required=False)


class _Serializer(serializers.Serializer):
    name = serializers.CharField()
    notes = serializers.CharField(required=False, validators=[])
    code = serializers.RegexField(regex=r".*", required=False)


@pytest.mark.parametrize("character", ["\x00", "\x0b", "\x1b", "\x7f", "\x85"])
def test_every_form_text_field_refuses_control_characters(character):
    # when
    form = _Form(data={"name": f"Quantum{character}Koffie", "notes": f"a{character}b", "code": f"x{character}y"})

    # then
    assert not form.is_valid()
    assert set(form.errors) == {"name", "notes", "code"}
    assert form.errors.as_data()["name"][0].code == "control_characters"


def test_tabs_and_line_breaks_are_text():
    # when
    form = _Form(data={"name": "Quantum Koffie", "notes": "regel 1\r\n\tregel 2"})

    # then
    assert form.is_valid(), form.errors


def test_every_serializer_text_field_refuses_control_characters():
    # when
    serializer = _Serializer(data={"name": "Quantum\x0bKoffie", "notes": "a\x1fb", "code": "x\x0by"})

    # then
    assert not serializer.is_valid()
    assert set(serializer.errors) == {"name", "notes", "code"}
    assert serializer.errors["name"][0].code == "control_characters"
