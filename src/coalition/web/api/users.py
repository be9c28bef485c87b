"""``/api/v1/me`` and ``/api/v1/users``: who holds this token; user management for admins."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path
from sqlalchemy import Engine

from coalition.store import users
from coalition.store.users import User
from coalition.web.api.models import UserCreate, UserPublic, UserUpdate, UserWithToken
from coalition.web.deps import get_engine, require_admin, require_user
from coalition.web.errors import AUTH_RESPONSES, ErrorBody

router = APIRouter(tags=["users"], responses=AUTH_RESPONSES)
_NAME = Path(max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@router.get("/me", response_model=UserPublic, summary="The user holding this token")
def me(user: User = Depends(require_user)) -> dict:
    return user.as_dict()


@router.get("/users", response_model=list[UserPublic], summary="List users (admin)")
def list_users(_admin: User = Depends(require_admin), engine: Engine = Depends(get_engine)) -> list[dict]:
    return [u.as_dict() for u in users.list_users(engine)]


@router.post(
    "/users",
    response_model=UserWithToken,
    status_code=201,
    responses={409: {"model": ErrorBody, "description": "A user with that name exists"}},
    summary="Add a user (admin); the token is shown once",
)
def add_user(body: UserCreate, _admin: User = Depends(require_admin), engine: Engine = Depends(get_engine)) -> dict:
    token = users.add_user(engine, body.name, body.role)
    return {"user": users.get_user(engine, body.name).as_dict(), "token": token}


@router.get("/users/{name}", response_model=UserPublic, summary="One user (admin)")
def get_user(name: str = _NAME, _admin: User = Depends(require_admin), engine: Engine = Depends(get_engine)) -> dict:
    return users.get_user(engine, name).as_dict()


@router.patch("/users/{name}", response_model=UserPublic, summary="Change a user's role, or switch them off (admin)")
def update_user(
    body: UserUpdate,
    name: str = _NAME,
    admin: User = Depends(require_admin),
    engine: Engine = Depends(get_engine),
) -> dict:
    """``{"active": false}`` switches a user off: their token stops working, their reviews stay in the log."""
    if name == admin.name and (body.active is False or body.role == "reviewer"):
        # Otherwise the last admin could lock everyone out of user management.
        raise HTTPException(400, "an admin cannot switch off or demote themselves")
    return users.update_user(engine, name, role=body.role, active=body.active).as_dict()


@router.post("/users/{name}/token", response_model=UserWithToken, summary="Give a user a new token (admin)")
def new_token(name: str = _NAME, _admin: User = Depends(require_admin), engine: Engine = Depends(get_engine)) -> dict:
    """The old token stops working at once; the new one is shown once."""
    token = users.new_token(engine, name)
    return {"user": users.get_user(engine, name).as_dict(), "token": token}
