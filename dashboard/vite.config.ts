import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into dist/, served by the API at / (src/api/static-files.ts); `npm run dev` proxies
// GraphQL to a running `npm start`.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
