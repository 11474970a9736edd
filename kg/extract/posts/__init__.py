"""Posts: the titles an article gives a named person, each with the body it is held in.

``Lê Xuân Định - Ủy viên Ban Cán sự, Bí thư Đảng ủy, Thứ trưởng Bộ KH&CN`` is three posts.
A title list after a name runs item by item (``,`` ``;`` `` - ``) while each item opens with
a title. Each item is a title (vocab/roles.tsv, longest variant first) and the body words
after it; titles that name their body (``Ủy viên Ban Thường vụ``) put it in front of those
words. The list's last body scopes the bare ones before it (``Bí thư Đảng ủy`` → the party
committee of ``Bộ KH&CN``), as readers do; what is still bare is filled in from the article
(see :class:`~kg.extract.bodies.BodyRegistry`). ``nguyên`` marks a former post.

- ``titles``: title lists after and before a name; ``title_body``: the body of one item;
- ``in_order``: titles given to several names at once; ``shared``: a plural title a list's
  names share (``các Ủy viên Bộ Chính trị: A; B; C``);
- ``standing``: former markers, leaving, moved, dead; ``accused``: named in a criminal case;
- ``mentions``: the posts of each name, and their bodies resolved in the article;
- ``component``: ``add_posts``, the component (kg.extract.components).
"""
from __future__ import annotations

from kg.extract.posts.accused import accused_persons
from kg.extract.posts.component import add_posts
from kg.extract.posts.mentions import PostMention, find_post_mentions, posts_of_titles, resolve_posts
from kg.extract.posts.standing import persons_leaving
from kg.extract.posts.titles import TitleItem, read_title_list

__all__ = ["PostMention", "TitleItem", "accused_persons", "add_posts", "find_post_mentions", "persons_leaving",
           "posts_of_titles", "read_title_list", "resolve_posts"]
