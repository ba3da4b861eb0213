"""The demo loaders, in the order `load_demo` runs them: each builds on what the ones before it wrote."""

from .crm import leads_load
from .events import events_load
from .monitor import monitor_load
from .register.loader import register_load
from .talent import talent_load
from .users import users_load

LOADERS = (
    users_load,  # the roles' demo users, which the register, the leads and the events refer to
    register_load,  # the register, with the SBI reference, represented by the demo company user
    leads_load,  # the leads, of which the won ones settle in the register
    monitor_load,  # the reference totals and a snapshot of the whole register, the settled leads included
    events_load,  # events organised by companies in the register
    talent_load,  # vacancies at companies in the register
)
