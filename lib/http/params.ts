// The path parameters of an API route, checked before a handler sees them: a control character
// (« %00 » in the address) names nothing the site holds, and PostgreSQL refuses a NUL in a query
// with an error. Every route under app/api/v1 reads its parameters through withParams.
import { conditional } from "./conditional";
import { HttpError, jsonError } from "./errors";

type Params = Record<string, string>;

const CONTROL = /[\u0000-\u001f\u007f]/u;

/** The parameters, or a 400 naming the one that holds a control character. */
export function checkParams<P extends Params>(params: P): P {
  for (const [name, value] of Object.entries(params)) {
    if (CONTROL.test(value)) throw new HttpError(400, "bad_request", `malformed address: the ${name} part holds a control character`);
  }
  return params;
}

/** A handler that receives checked parameters. A malformed address gets the API's JSON error
 * whatever the handler would answer otherwise (a plain form's redirect cannot carry it); a read
 * answers conditional requests (lib/http/conditional.ts). */
export function withParams<P extends Params>(handler: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    let params: P;
    try {
      params = checkParams(await ctx.params);
    } catch (error) {
      return jsonError(error);
    }
    return conditional(request, await handler(request, params));
  };
}

/** A parameter that is itself percent-encoded once more (a lineage key holding « / »), decoded,
 * or a 400 when it is not valid encoding. */
export function decodedParam(name: string, value: string): string {
  try {
    return checkParams({ [name]: decodeURIComponent(value) })[name] ?? value;
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, "bad_request", `malformed address: the ${name} part is not valid percent-encoding`);
  }
}
