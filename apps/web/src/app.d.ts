import type { Me } from '@forum/contracts';
import type { Api } from '$lib/server/api';

declare global {
  namespace App {
    interface Locals {
      user: Me | null;
      /** The API client for this request, acting with the browser's session cookie. */
      api: Api;
    }
    interface Error {
      message: string;
      requestId?: string;
    }
  }
}

export {};
