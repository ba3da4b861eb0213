"""The survey: single-use links, answers that cannot be traced to a person, results only for groups of five."""

import logging
import re

import pytest
from django.db import models
from django.urls import reverse

from impact.models import QuestionKind, SurveyAnswer, SurveyInvitation, SurveyResponse
from impact.services.surveys import invitations_send, question_add, survey_create, survey_status_set

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(editor):
    survey = survey_create(year=2025, title_nl="Enquête 2025", title_en="Survey 2025", by=editor)
    question_add(
        survey=survey, kind=QuestionKind.SCALE, text_nl="Tevreden?", text_en="Satisfied?", counts_for_overall=True
    )
    question_add(
        survey=survey,
        kind=QuestionKind.TEXT,
        text_nl="Wat kan beter?",
        text_en="What could be better?",
        is_required=False,
    )
    survey_status_set(survey=survey, status="open", by=editor)
    return survey


def _tokens(survey, emails, mailoutbox, django_capture_on_commit_callbacks, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    from kennispark.celery import app

    app.conf.task_always_eager = True
    try:
        with django_capture_on_commit_callbacks(execute=True):
            invitations_send(survey=survey, recipients=[(email, "bs_park") for email in emails], language="nl")
    finally:
        app.conf.task_always_eager = False
    return [re.search(r"/enquete/([^/\s]+)/", message.body).group(1) for message in mailoutbox]


def _answer(client, survey, token, score, text="Meer fietsenstallingen"):
    questions = list(survey.questions.all())
    return client.post(
        reverse("impact:survey_answer", kwargs={"token": token}),
        {f"q{questions[0].pk}": str(score), f"q{questions[1].pk}": text},
        REMOTE_ADDR="203.0.113.77",
    )


def test_no_answer_has_a_link_to_a_person_or_a_time_finer_than_a_day():
    # given / when: every field of the answer tables
    fields = [*SurveyResponse._meta.get_fields(), *SurveyAnswer._meta.get_fields()]
    # then
    related = {field.related_model for field in fields if field.is_relation and field.related_model}
    assert related <= {
        SurveyResponse,
        SurveyAnswer,
        SurveyResponse._meta.get_field("survey").related_model,
        SurveyAnswer._meta.get_field("question").related_model,
    }
    assert not any(
        isinstance(field, models.DateTimeField | models.TimeField | models.GenericIPAddressField) for field in fields
    )
    assert not hasattr(SurveyResponse, "history") and not hasattr(SurveyInvitation, "history")
    invitation_fields = {field.name for field in SurveyInvitation._meta.get_fields()}
    assert "used_at" not in invitation_fields and not any("response" in name for name in invitation_fields)


def test_an_answer_keeps_no_trace_of_its_respondent_and_no_ip_in_the_logs(
    client, survey, mailoutbox, django_capture_on_commit_callbacks, settings, caplog
):
    # given
    [token] = _tokens(survey, ["anna@example.org"], mailoutbox, django_capture_on_commit_callbacks, settings)
    # when
    with caplog.at_level(logging.DEBUG):
        response = _answer(client, survey, token, 4)
    # then
    assert response.status_code == 200
    stored = SurveyResponse.objects.get()
    row = {field.attname: getattr(stored, field.attname) for field in SurveyResponse._meta.concrete_fields}
    answers = list(SurveyAnswer.objects.values())
    everything = repr(row) + repr(answers)
    assert "anna" not in everything and "203.0.113.77" not in everything and token not in everything
    assert str(SurveyInvitation.objects.get().pk) not in {str(value) for value in row.values()}
    assert "203.0.113.77" not in caplog.text and token not in caplog.text
    assert SurveyInvitation.objects.get().is_used


def test_a_link_works_once(client, survey, mailoutbox, django_capture_on_commit_callbacks, settings):
    # given
    [token] = _tokens(survey, ["bob@example.org"], mailoutbox, django_capture_on_commit_callbacks, settings)
    _answer(client, survey, token, 5)
    # when
    again = _answer(client, survey, token, 1)
    page = client.get(reverse("impact:survey_answer", kwargs={"token": token}))
    # then
    assert again.status_code == 410 and page.status_code == 410
    assert SurveyResponse.objects.count() == 1


def test_results_are_hidden_below_five_answers_and_open_answers_are_for_editors_only(
    client, editor, survey, mailoutbox, django_capture_on_commit_callbacks, settings
):
    # given
    tokens = _tokens(
        survey, [f"r{n}@example.org" for n in range(5)], mailoutbox, django_capture_on_commit_callbacks, settings
    )
    for number, token in enumerate(tokens[:4]):
        _answer(client, survey, token, number + 1, text=f"Idee {number}")
    client.force_login(editor)
    # when
    below = client.get(reverse("impact:survey", kwargs={"pk": survey.pk})).content.decode()
    client.logout()
    _answer(client, survey, tokens[4], 5, text="Idee 4")
    client.force_login(editor)
    at_five = client.get(reverse("impact:survey", kwargs={"pk": survey.pk})).content.decode()
    export = client.get(reverse("impact:survey_export", kwargs={"pk": survey.pk}))
    # then
    assert "Idee 0" not in below and "result-shown" not in below
    assert "Idee 0" in at_five and "result-shown" in at_five
    assert export.status_code == 200 and export.content.startswith(b"PK")


def test_only_editors_manage_surveys(client, company_user, survey):
    # given
    client.force_login(company_user)
    # when
    response = client.get(reverse("impact:survey", kwargs={"pk": survey.pk}))
    # then
    assert response.status_code == 403
