"""Forms of impact: validation at the edge; the services assume clean input."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from .models import Indicator, Source, Subsidy

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class ValueForm(forms.Form):
    """A new value of an entered indicator."""

    indicator = forms.ModelChoiceField(
        label=_("Indicator"),
        queryset=Indicator.objects.filter(source=Source.ENTERED).prefetch_related("versions"),
        to_field_name="code",
    )
    year = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("whole year")), ("1", "Q1"), ("2", "Q2"), ("3", "Q3"), ("4", "Q4")],
    )
    category = forms.CharField(label=_("Category"), required=False, max_length=40, help_text=_("Empty for the total."))
    value = forms.DecimalField(label=_("Value"), max_digits=16, decimal_places=2)
    source_note = forms.CharField(label=_("Source note"), required=False, max_length=300)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].label_from_instance = lambda indicator: indicator.name

    def clean(self):
        data = super().clean()
        indicator, category = data.get("indicator"), data.get("category", "")
        if indicator and category and category not in [code for code, *_names in indicator.categories]:
            self.add_error("category", _("This indicator has no such category."))
        return data


class ValueChangeForm(forms.Form):
    value = forms.DecimalField(label=_("Value"), max_digits=16, decimal_places=2)
    source_note = forms.CharField(label=_("Source note"), required=False, max_length=300)


class ReviseForm(forms.Form):
    value = forms.DecimalField(label=_("Revised value"), max_digits=16, decimal_places=2)
    reason = forms.CharField(label=_("Reason for the revision"), max_length=500)


class ReturnForm(forms.Form):
    reason = forms.CharField(label=_("Reason for returning"), max_length=500, widget=forms.Textarea(attrs={"rows": 2}))


class ImportForm(forms.Form):
    KINDS = [("values", _("Indicator values")), ("subsidies", _("Subsidies"))]

    kind = forms.ChoiceField(label=_("What the file holds"), choices=KINDS, initial="values")
    file = forms.FileField(label=_("CSV or XLSX file"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload


class SubsidyForm(forms.ModelForm):
    class Meta:
        model = Subsidy
        fields = ["funder", "funder_kind", "programme", "recipient", "amount", "starts_on", "ends_on", "source_note"]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
        }


class ComparisonForm(forms.Form):
    indicators = forms.MultipleChoiceField(label=_("Indicators"), required=False, widget=forms.CheckboxSelectMultiple)
    base_year = forms.IntegerField(
        label=_("Base year (= 100)"), required=False, validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicators"].choices = choices


class ReportYearForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), min_value=1990, max_value=2100)
