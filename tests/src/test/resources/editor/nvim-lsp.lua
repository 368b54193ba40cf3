-- Drives `schedc lsp` from a real editor: opens a policy with an error, waits for the server's
-- diagnostics, asks for completion after `p.` and hover on `p.pid`, and writes what it got as JSON.
-- Environment: SCHEDC_LSP_CMD (JSON array: the server command), SCHEDC_POLICY (file to open),
-- SCHEDC_OUT (result file). Always quits, writing {"error": ...} if anything failed.
local out_path = os.getenv('SCHEDC_OUT')
local result = { steps = {} }

local function write_result()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local function find(bufnr, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then return i - 1, col - 1 end
  end
  error('not in the buffer: ' .. needle)
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
  if not responses then error(method .. ' got no answer: ' .. tostring(err)) end
  for _, r in pairs(responses) do
    if r.err then error(method .. ' failed: ' .. vim.inspect(r.err)) end
    return r.result
  end
  error(method .. ': no client answered')
end

local function run()
  local cmd = vim.fn.json_decode(os.getenv('SCHEDC_LSP_CMD'))
  local policy = os.getenv('SCHEDC_POLICY')
  vim.cmd('edit ' .. vim.fn.fnameescape(policy))
  local bufnr = vim.api.nvim_get_current_buf()
  local config = { name = 'schedc', cmd = cmd, root_dir = vim.fn.fnamemodify(policy, ':h') }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)                       -- Neovim 0.8+
  else
    client_id = vim.lsp.start_client(config)                -- Neovim 0.7 (Debian bookworm)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  if not client_id then error('the server did not start') end
  table.insert(result.steps, 'started')

  local ok = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  if not ok then error('no diagnostics within 60 s') end
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
      message = d.message, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end
  table.insert(result.steps, 'diagnostics')

  local uri = vim.uri_from_bufnr(bufnr)
  local line, col = find(bufnr, 'p.vtime = vtime_now')
  local completion = request(bufnr, 'textDocument/completion',
    { textDocument = { uri = uri }, position = { line = line, character = col + 2 } })
  local items = completion and (completion.items or completion) or {}
  result.completion = {}
  for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  table.insert(result.steps, 'completion')

  line, col = find(bufnr, 'p.pid')
  local hover = request(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = { line = line, character = col + 3 } })
  result.hover = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or vim.NIL
  table.insert(result.steps, 'hover')

  line, col = find(bufnr, 'shared slice')
  local definition = request(bufnr, 'textDocument/definition',
    { textDocument = { uri = uri }, position = { line = line, character = col + 1 } })
  if definition and definition[1] then result.definition = definition[1].range.start end
  table.insert(result.steps, 'definition')

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
pcall(write_result)
vim.cmd('qa!')
