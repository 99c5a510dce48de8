-- Headless Neovim (0.7.2 or later) drives cable-language-server --stdio on a cable with Neovim's own LSP client.
-- Usage: LSP_SERVER=dist/server.js LSP_OUT=out.json nvim --headless -u NONE -c 'luafile seed.lua' <cable file>
-- Writes what it got as JSON to LSP_OUT and exits 0 when the assertions hold, 1 otherwise.
local SERVER  = os.getenv('LSP_SERVER') or error('set LSP_SERVER to the server script')
local OUT     = os.getenv('LSP_OUT') or 'nvim-results.json'
local TIMEOUT = tonumber(os.getenv('LSP_TIMEOUT_MS') or '') or 15000

local function fail(msg)
  io.stderr:write('FAIL: ' .. tostring(msg) .. '\n')
  vim.cmd('cquit')
end

local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  local uri = vim.uri_from_bufnr(bufnr)
  local attached = false
  local config = {
    name = 'cable',
    cmd = { 'node', SERVER, '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':p:h'),
    on_attach = function() attached = true end,
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    client_id = vim.lsp.start_client(config)
    if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  end
  if not client_id then return fail('could not start the client') end
  if not vim.wait(TIMEOUT, function() return attached end, 20) then return fail('the server did not attach') end

  local function request(method, params)
    local resp, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
    if not resp then return nil, tostring(err) end
    local r = resp[client_id] or {}
    if r.err then return nil, vim.inspect(r.err) end
    return r.result
  end

  -- the outline: collect every paragraph symbol (names start with a number) at any depth
  local symbols, serr = request('textDocument/documentSymbol', { textDocument = { uri = uri } })
  if not symbols then return fail('documentSymbol: ' .. serr) end
  local paragraphs = {}
  local function walk(list)
    for _, s in ipairs(list or {}) do
      if string.match(s.name, '^%d+%.') then table.insert(paragraphs, s.name) end
      walk(s.children)
    end
  end
  walk(symbols)

  -- hover on PREL in the TAGS line
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local hover_pos
  for i, l in ipairs(lines) do
    local col = string.find(l, 'PREL', 1, true)
    if string.match(l, '^TAGS') and col then hover_pos = { line = i - 1, character = col } end
  end
  if not hover_pos then return fail('no TAGS line with PREL') end
  local hover, herr = request('textDocument/hover', { textDocument = { uri = uri }, position = hover_pos })
  if not hover then return fail('hover: ' .. tostring(herr)) end

  -- diagnostics arrive asynchronously after didOpen
  local function mangled()
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'paragraph-number-mangled' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'paragraph-number-mangled') then n = n + 1 end
    end
    return n
  end
  vim.wait(TIMEOUT, function() return mangled() >= 6 end, 20)
  local diags = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diags, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source })
  end

  local result = { paragraphs = paragraphs, hover = hover, diagnostics = diags, mangled = mangled() }
  local f = assert(io.open(OUT, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()

  if #paragraphs ~= 12 then return fail('expected 12 paragraphs in the outline, got ' .. #paragraphs) end
  local value = hover.contents and hover.contents.value or ''
  if not string.find(value, 'External Political Relations', 1, true) then return fail('hover on PREL: ' .. value) end
  if mangled() ~= 6 then return fail('expected 6 paragraph-number-mangled warnings, got ' .. mangled()) end

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.client_is_stopped(client_id) end, 20)
  io.stdout:write('OK ' .. OUT .. '\n')
  vim.cmd('qall!')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then fail(err) end
