"""gunicorn's master compiles the templates before forking, so a recycled worker starts warm."""

from django.template import engines

from kennispark.warm_up import process_warm_up


def test_the_warm_up_compiles_the_portals_templates_into_the_cached_loader():
    # given
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()

    # when
    compiled = process_warm_up()

    # then
    cached = set(loader.get_template_cache)
    assert compiled >= len(cached) > 100
    assert {"base.html", "crm/board.html", "events/list.html", "home.html"} <= cached
