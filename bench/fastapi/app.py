"""The benchmark's endpoints as a Python team writes them: FastAPI, pydantic models, asyncpg's pool.

Debian's packages only (python3-fastapi, uvicorn, python3-asyncpg); run with
PG_PORT=5432 /usr/bin/python3 -m uvicorn app:app --loop uvloop --http httptools --port 8000 --no-access-log
"""
import os
from datetime import datetime
from decimal import Decimal
from typing import List, Literal

import asyncpg
from fastapi import FastAPI, HTTPException, Query, Response
from pydantic import BaseModel, condecimal, constr

COLUMNS = "id, code, name, price, status, created_at, updated_at, version"
SORTABLE = {"code": "code", "name": "name", "price": "price", "createdAt": "created_at", "updatedAt": "updated_at"}

app = FastAPI(title="Products API (FastAPI baseline)")


class ProductRequest(BaseModel):
    code: constr(regex=r"^[A-Z0-9][A-Z0-9-]{2,31}$")
    name: constr(strip_whitespace=True, min_length=1, max_length=120)
    price: condecimal(gt=Decimal(0), max_digits=12, decimal_places=2)
    status: Literal["DRAFT", "ACTIVE", "ARCHIVED"]


class ProductResponse(BaseModel):
    id: int
    code: str
    name: str
    price: Decimal
    status: str
    createdAt: datetime
    updatedAt: datetime
    version: int

    class Config:
        json_encoders = {Decimal: float}

    @classmethod
    def of(cls, row: asyncpg.Record) -> "ProductResponse":
        return cls(id=row["id"], code=row["code"], name=row["name"], price=row["price"], status=row["status"],
                   createdAt=row["created_at"], updatedAt=row["updated_at"], version=row["version"])


class ProductPage(BaseModel):
    items: List[ProductResponse]
    page: int
    size: int
    totalItems: int
    totalPages: int


@app.on_event("startup")
async def open_pool() -> None:
    # The same pool size as the JVM systems.
    app.state.pool = await asyncpg.create_pool(
        host="localhost", port=int(os.environ["PG_PORT"]), user="postgres", database="postgres",
        min_size=1, max_size=20)


@app.on_event("shutdown")
async def close_pool() -> None:
    await app.state.pool.close()


@app.get("/products/{product_id}", response_model=ProductResponse)
async def get_product(product_id: int) -> ProductResponse:
    row = await app.state.pool.fetchrow(f"select {COLUMNS} from products where id = $1", product_id)
    if row is None:
        raise HTTPException(status_code=404, detail=f"No product has the identifier {product_id}.")
    return ProductResponse.of(row)


@app.get("/products", response_model=ProductPage)
async def list_products(page: int = Query(0, ge=0), size: int = Query(20, ge=1, le=100),
                        sort: str = Query("name", regex=r"^-?(code|name|price|createdAt|updatedAt)$")) -> ProductPage:
    column = SORTABLE[sort.lstrip("-")] + (" desc" if sort.startswith("-") else "")
    async with app.state.pool.acquire() as connection:
        total = await connection.fetchval("select count(*) from products")
        rows = await connection.fetch(
            f"select {COLUMNS} from products order by {column}, id limit $1 offset $2", size, page * size)
    return ProductPage(items=[ProductResponse.of(row) for row in rows], page=page, size=size, totalItems=total,
                       totalPages=(total + size - 1) // size)


@app.post("/products", response_model=ProductResponse, status_code=201)
async def create_product(request: ProductRequest, response: Response) -> ProductResponse:
    async with app.state.pool.acquire() as connection, connection.transaction():
        try:
            row = await connection.fetchrow(
                f"insert into products ({COLUMNS}) values (nextval('products_seq'), $1, $2, $3, $4, now(), now(), 0)"
                f" returning {COLUMNS}", request.code, request.name, request.price, request.status)
        except asyncpg.UniqueViolationError:
            raise HTTPException(status_code=409, detail=f"Code {request.code} is already used by another product.")
    response.headers["Location"] = f"/products/{row['id']}"
    return ProductResponse.of(row)
