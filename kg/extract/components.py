"""The extraction components, in the order they run. The order is data: each component
reads what the ones before it wrote into the ArticleContext (kg.extract.context).

- persons first: a name stops a body's name before it (``Sở Nội vụ | Nguyễn Văn A``);
- what the article says of each person besides posts: a year of birth, a private person;
- bodies next: the article's bodies fill in the bare ones posts and meetings name;
- posts: who holds what, with bodies from the registry; the holders of each title;
- documents: their issuers join the registry;
- meetings: they use names, bodies, posts' holders and documents;
- events last: the changes of post, dated by the meetings they were decided at; they add
  the posts they give and mark former the posts they take.
"""
from __future__ import annotations

from collections.abc import Callable

from kg.extract.bodies import add_bodies
from kg.extract.context import ArticleContext
from kg.extract.documents import add_documents
from kg.extract.events import add_events
from kg.extract.meetings import add_meetings
from kg.extract.persons import add_persons
from kg.extract.persons.described import add_descriptions
from kg.extract.posts import add_posts

Component = Callable[[ArticleContext], None]

COMPONENTS: tuple[Component, ...] = (add_persons, add_descriptions, add_bodies, add_posts, add_documents, add_meetings, add_events)
