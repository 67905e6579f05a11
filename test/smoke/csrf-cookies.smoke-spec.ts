import request from 'supertest';

import { cookieValue, setCookie } from '../support/http';
import { RunningProduct, startProduct } from '../support/product';

describe('the built product hands out its CSRF cookies with the first page', () => {
  let product: RunningProduct;

  beforeAll(async () => {
    product = await startProduct({ demo: false });
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('sets the pre-session and its token on index.html, and the API keeps them', async () => {
    const page = await request(product.url).get('/login').expect(200);
    const preSession = cookieValue(page, 'lk_presession') ?? '';
    const token = cookieValue(page, 'XSRF-TOKEN') ?? '';
    const cookie = `lk_presession=${preSession}; XSRF-TOKEN=${token}`;

    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(setCookie(page, 'lk_presession')).toMatch(/; HttpOnly/);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The app's first API calls carry the cookies, so nothing is minted again behind its back.
    const me = await request(product.url).get('/api/v1/me').set('Cookie', cookie).expect(401);
    expect(me.headers['set-cookie']).toBeUndefined();
    await request(product.url)
      .post('/api/v1/auth/login')
      .set('Cookie', cookie)
      .set('X-XSRF-TOKEN', token)
      .send({ email: 'nobody@example.nl', password: 'not-a-real-password' })
      .expect(401);
  });
});
