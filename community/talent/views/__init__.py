"""Views of the talent pages: public pages, the representatives' vacancies and vacancy alerts."""
