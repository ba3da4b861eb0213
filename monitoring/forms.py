"""The visitor's choice of years to compare, kept in the URL as GET parameters; the editor's reference upload."""

from typing import cast

from django import forms
from django.utils.translation import gettext_lazy as _

from establishments.forms import ImportUploadForm

from .tables import YearChoice


class ReferenceImportForm(ImportUploadForm):
    """An editor's upload of the reference totals of Enschede and Twente."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].label = _("File with reference totals")


class YearChoiceForm(forms.Form):
    """Choose the years shown as columns and the period of the long-term difference column."""

    from_year = forms.TypedChoiceField(label=_("From year"), coerce=int)
    to_year = forms.TypedChoiceField(label=_("To year"), coerce=int)
    years = forms.TypedMultipleChoiceField(
        label=_("Years shown as columns"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The from-year and to-year are always shown."),
    )

    def __init__(self, *args, available_years: list[int], default: YearChoice, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(year, str(year)) for year in available_years]
        for name in ("from_year", "to_year", "years"):
            cast(forms.ChoiceField, self.fields[name]).choices = choices
        self.fields["from_year"].initial = default.from_year
        self.fields["to_year"].initial = default.to_year
        self.fields["years"].initial = list(default.years)
        self.default = default
        self.available_years = available_years

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from_year"), cleaned.get("to_year")
        if start is not None and end is not None and start >= end:
            self.add_error("to_year", _("The to-year must come after the from-year."))
        return cleaned

    def year_choice(self) -> YearChoice:
        """Return the chosen years, or the default choice when the form is unbound or invalid."""
        if not self.is_bound or not self.is_valid():
            return self.default
        start, end = self.cleaned_data["from_year"], self.cleaned_data["to_year"]
        years = {year for year in self.cleaned_data["years"] if start <= year <= end} | {start, end}
        if end - 1 > start and end - 1 in self.available_years:
            # The report always shows the year before the last, for its one-year difference column.
            years.add(end - 1)
        return YearChoice(years=tuple(sorted(years)), from_year=start, to_year=end)
